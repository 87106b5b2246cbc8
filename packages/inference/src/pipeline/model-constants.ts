import { z } from 'zod';
import type { DecoderSpec } from '../decoder/decoder-spec.ts';
import type { ExpanderSpec } from '../expander/expander-spec.ts';
import type { GlyphLayoutSpec } from '../glyphs/glyph-spec.ts';
import type { PlannerSpec } from '../planner/planner-spec.ts';
import type { SamplingOptions } from '../sampling/sampling-options.ts';

/** One codebook of the package: its grid, patch size, size K, null id and sha256. */
export interface CodebookInfo {
  readonly grid: number;
  readonly patch: number;
  readonly size: number;
  readonly nullId: number;
  readonly sha256: string;
}

/** Everything the samplers and stage runners read from a tessera model manifest. */
export interface TinyModelConstants {
  readonly modelId: string;
  readonly codebooks: readonly CodebookInfo[];
  readonly planner: PlannerSpec;
  readonly plannerDefaults: SamplingOptions;
  readonly expander: ExpanderSpec;
  readonly decoder: DecoderSpec;
  readonly decoderDefaults: {
    readonly steps: number;
    readonly guidance: number;
    readonly shift: number;
  };
  readonly glyphs: GlyphLayoutSpec;
}

const zInt = z.number().int().nonnegative();
const zTensor = z.object({ name: z.string(), shape: z.array(z.union([zInt, z.string()])) });
const zManifest = z.object({
  id: z.string().min(1),
  canvas: z.object({ width: zInt, height: zInt }),
  tokenizer: z.object({
    ids: z.object({ pad: zInt, bos: zInt, boi: zInt, layoutCodeOffset: zInt }),
    promptSlot: zInt,
    maxPromptBytes: zInt,
  }),
  glyphs: z.object({
    sizesPx: z.array(zInt).min(1),
    maxWidthPx: zInt,
    rowCenters: z.tuple([zInt, zInt, zInt]),
    marginPx: zInt,
  }),
  codebooks: z.object({
    grids: z.array(
      z.object({ grid: zInt, patch: zInt, K: zInt, nullId: zInt, sha256: z.string() }),
    ),
  }),
  stages: z.object({
    'ar.plan': z.object({
      grid: zInt,
      architecture: z.object({ layers: zInt, heads: zInt, headDim: zInt }),
      defaults: z.object({ temperature: z.number(), topP: z.number(), topK: zInt }),
    }),
    'plan.expand': z.object({ grids: z.array(zInt) }),
    'diffusion.decode': z.object({
      inputs: z.array(zTensor),
      sampler: z.object({ steps: zInt, guidance: z.number(), shift: z.number() }),
    }),
  }),
});

/** Reads the constants from a parsed `model.json`; throws a zod error naming a missing field. */
export function tinyConstantsFromManifest(manifest: unknown): TinyModelConstants {
  const m = zManifest.parse(manifest);
  const codebooks = m.codebooks.grids.map((g) => ({
    grid: g.grid,
    patch: g.patch,
    size: g.K,
    nullId: g.nullId,
    sha256: g.sha256,
  }));
  const book = (grid: number): CodebookInfo => {
    const c = codebooks.find((b) => b.grid === grid);
    if (c === undefined) throw new Error(`manifest: no codebook for grid ${grid}`);
    return c;
  };
  const plan = m.stages['ar.plan'];
  const decode = m.stages['diffusion.decode'];
  const textShape = decode.inputs.find((t) => t.name === 'text')?.shape;
  const textLength = textShape?.[1];
  if (typeof textLength !== 'number')
    throw new Error('manifest: decoder input "text" needs a fixed length');
  if (m.canvas.width !== m.canvas.height) throw new Error('manifest: the canvas must be square');
  const tokenizer = {
    padId: m.tokenizer.ids.pad,
    bosId: m.tokenizer.ids.bos,
    boiId: m.tokenizer.ids.boi,
    layoutCodeOffset: m.tokenizer.ids.layoutCodeOffset,
    promptSlot: m.tokenizer.promptSlot,
    maxPromptBytes: m.tokenizer.maxPromptBytes,
  };
  const layout = book(plan.grid);
  return {
    modelId: m.id,
    codebooks,
    planner: { tokenizer, ...plan.architecture, codes: layout.size, grid: plan.grid },
    plannerDefaults: plan.defaults,
    expander: {
      layoutGrid: plan.grid,
      layoutCodes: layout.size,
      fineGrids: m.stages['plan.expand'].grids.map((g) => ({ grid: g, codes: book(g).size })),
      canvas: m.canvas.width,
      promptSlot: tokenizer.promptSlot,
    },
    decoder: {
      canvas: m.canvas.width,
      grids: codebooks.map((c) => ({ grid: c.grid, codes: c.size, nullId: c.nullId })),
      textLength,
    },
    decoderDefaults: decode.sampler,
    glyphs: { canvas: m.canvas.width, ...m.glyphs, textLength },
  };
}
