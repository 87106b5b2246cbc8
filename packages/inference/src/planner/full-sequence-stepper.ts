import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { float32Output, float32Tensor, int64Tensor } from '../sampling/ort-tensors.ts';
import type { PrefixBatch } from './prefix-batch.ts';
import { PLANNER_IO, type PlannerSpec } from './planner-spec.ts';
import type { PlannerStepper, StepLogits } from './planner-stepper.ts';
import { layoutTokenId, layoutTokenPosition } from './prompt-tokenizer.ts';

/**
 * The planner without a KV cache: every step re-runs the whole sequence (prefix and all codes so
 * far) with an empty past. Quadratically slower; it exists to measure what the cache saves and to
 * check that both give the same plan.
 */
export class FullSequenceStepper implements PlannerStepper {
  private readonly ids: BigInt64Array;
  private readonly positions: BigInt64Array;
  private readonly mask: BigInt64Array;
  private readonly emptyPast: Tensor;
  private readonly width: number;
  private length: number;

  constructor(
    private readonly session: InferenceSession,
    private readonly spec: PlannerSpec,
    private readonly prefix: PrefixBatch,
    maxSteps: number,
  ) {
    const { batch } = prefix;
    this.width = prefix.length + maxSteps;
    this.length = prefix.length;
    // Row-major [batch, width]; each run reads the first `length` columns through a compact copy.
    this.ids = new BigInt64Array(batch * this.width);
    this.positions = new BigInt64Array(batch * this.width);
    this.mask = new BigInt64Array(batch * this.width).fill(1n);
    for (let b = 0; b < batch; b++) {
      const from = b * prefix.length;
      const to = from + prefix.length;
      this.ids.set(prefix.ids.subarray(from, to), b * this.width);
      this.positions.set(prefix.positions.subarray(from, to), b * this.width);
      this.mask.set(prefix.mask.subarray(from, to), b * this.width);
    }
    this.emptyPast = float32Tensor(new Float32Array(0), [
      spec.layers,
      batch,
      spec.heads,
      0,
      spec.headDim,
    ]);
  }

  start(): Promise<StepLogits> {
    return this.run();
  }

  next(code: number, index: number): Promise<StepLogits> {
    const id = BigInt(layoutTokenId(code, this.spec.tokenizer));
    const position = BigInt(layoutTokenPosition(index, this.spec.tokenizer));
    for (let b = 0; b < this.prefix.batch; b++) {
      this.ids[b * this.width + this.length] = id;
      this.positions[b * this.width + this.length] = position;
    }
    this.length += 1;
    return this.run();
  }

  private compact(source: BigInt64Array): BigInt64Array {
    const { batch } = this.prefix;
    if (batch === 1) return source.subarray(0, this.length);
    const out = new BigInt64Array(batch * this.length);
    for (let b = 0; b < batch; b++) {
      out.set(source.subarray(b * this.width, b * this.width + this.length), b * this.length);
    }
    return out;
  }

  private async run(): Promise<StepLogits> {
    const dims = [this.prefix.batch, this.length];
    const result = await this.session.run({
      [PLANNER_IO.inputIds]: int64Tensor(this.compact(this.ids), dims),
      [PLANNER_IO.positionIds]: int64Tensor(this.compact(this.positions), dims),
      [PLANNER_IO.attentionMask]: int64Tensor(this.compact(this.mask), dims),
      [PLANNER_IO.pastK]: this.emptyPast,
      [PLANNER_IO.pastV]: this.emptyPast,
    });
    const logits = float32Output(result, PLANNER_IO.logits);
    return { data: logits.data, newLength: logits.dims[1] ?? 1 };
  }
}
