import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { float32Output, float32Tensor, int64Tensor } from '../sampling/ort-tensors.ts';
import type { PrefixBatch } from './prefix-batch.ts';
import { PLANNER_IO, type PlannerSpec } from './planner-spec.ts';
import type { PlannerStepper, StepLogits } from './planner-stepper.ts';
import { layoutTokenId, layoutTokenPosition } from './prompt-tokenizer.ts';

/**
 * The planner with its KV cache: the prefix runs once, then each step feeds one token per row and
 * the previous `present_k/v` as `past_k/v`. The one-token id/position tensors and the attention
 * mask buffer are allocated once and rewritten in place.
 */
export class KvCacheStepper implements PlannerStepper {
  private pastK: Tensor;
  private pastV: Tensor;
  private total = 0;
  private readonly stepIds: BigInt64Array;
  private readonly stepPositions: BigInt64Array;
  private readonly idsTensor: Tensor;
  private readonly positionsTensor: Tensor;
  private readonly maskBuffer: BigInt64Array;

  constructor(
    private readonly session: InferenceSession,
    private readonly spec: PlannerSpec,
    private readonly prefix: PrefixBatch,
    maxSteps: number,
  ) {
    const { batch } = prefix;
    const empty = float32Tensor(new Float32Array(0), [
      spec.layers,
      batch,
      spec.heads,
      0,
      spec.headDim,
    ]);
    this.pastK = empty;
    this.pastV = empty;
    this.stepIds = new BigInt64Array(batch);
    this.stepPositions = new BigInt64Array(batch);
    this.idsTensor = int64Tensor(this.stepIds, [batch, 1]);
    this.positionsTensor = int64Tensor(this.stepPositions, [batch, 1]);
    this.maskBuffer = new BigInt64Array(batch * (prefix.length + maxSteps)).fill(1n);
  }

  async start(): Promise<StepLogits> {
    const { batch, length, ids, positions, mask } = this.prefix;
    this.total = length;
    return this.run(
      int64Tensor(ids, [batch, length]),
      int64Tensor(positions, [batch, length]),
      int64Tensor(mask, [batch, length]),
    );
  }

  async next(code: number, index: number): Promise<StepLogits> {
    this.stepIds.fill(BigInt(layoutTokenId(code, this.spec.tokenizer)));
    this.stepPositions.fill(BigInt(layoutTokenPosition(index, this.spec.tokenizer)));
    this.total += 1;
    const mask = int64Tensor(this.maskFor(this.total), [this.prefix.batch, this.total]);
    return this.run(this.idsTensor, this.positionsTensor, mask);
  }

  /** [batch, total]: each row's prefix mask, then ones. */
  private maskFor(total: number): BigInt64Array {
    const { batch, length, mask, padded } = this.prefix;
    const out = this.maskBuffer.subarray(0, batch * total);
    if (!padded) return out; // all ones already
    for (let b = 0; b < batch; b++) {
      out.set(mask.subarray(b * length, (b + 1) * length), b * total);
      out.fill(1n, b * total + length, (b + 1) * total);
    }
    return out;
  }

  private async run(ids: Tensor, positions: Tensor, mask: Tensor): Promise<StepLogits> {
    const result = await this.session.run({
      [PLANNER_IO.inputIds]: ids,
      [PLANNER_IO.positionIds]: positions,
      [PLANNER_IO.attentionMask]: mask,
      [PLANNER_IO.pastK]: this.pastK,
      [PLANNER_IO.pastV]: this.pastV,
    });
    this.pastK = float32Output(result, PLANNER_IO.presentK).tensor;
    this.pastV = float32Output(result, PLANNER_IO.presentV).tensor;
    const logits = float32Output(result, PLANNER_IO.logits);
    return { data: logits.data, newLength: logits.dims[1] ?? 1 };
  }
}
