import { z } from 'zod';

/**
 * `model.json` of a model package, format "tessera.model" version 1. Objects are loose: fields
 * this library does not know (sampler settings, notes, new stage kinds) pass through untouched,
 * so a stage such as `upscale-x4` needs no change here as long as it has the file fields.
 */

export const MANIFEST_FORMAT = 'tessera.model';
export const MANIFEST_VERSION = 1;

export const zSha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'expected a sha256: 64 lowercase hex digits');

/** A path inside the package, relative, with `/` separators and no `..`. */
export const zPackagePath = z
  .string()
  .min(1)
  .refine(
    (path) => !/^[/\\]|^[A-Za-z]:/.test(path) && !path.split(/[/\\]/).includes('..'),
    'expected a relative path inside the package (no leading "/", no "..")',
  );

/** A file of the package: where it is, its size and its sha256. */
export const zPackageFile = z.looseObject({
  path: zPackagePath,
  bytes: z.int().nonnegative(),
  sha256: zSha256,
});

/** Element types onnxruntime reports (`InferenceSession.ValueMetadata.type`). */
export const zTensorDtype = z.enum([
  'float32',
  'float16',
  'float64',
  'int4',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint4',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'bool',
  'string',
]);

/** A dimension: a fixed size, or a symbolic name (`"batch"`) meaning any size. */
export const zTensorDim = z.union([z.int().nonnegative(), z.string().min(1)]);

export const zTensorSignature = z.looseObject({
  name: z.string().min(1),
  dtype: zTensorDtype,
  shape: z.array(zTensorDim),
});

export const zSessionHints = z.looseObject({
  intraOpNumThreads: z.int().positive().optional(),
  interOpNumThreads: z.int().positive().optional(),
});

/** A stage with an ONNX file: the file, its tensor signature, optional external-data files. */
export const zModelStage = zPackageFile.extend({
  opset: z.int().positive().optional(),
  inputs: z.array(zTensorSignature).min(1),
  outputs: z.array(zTensorSignature).min(1),
  /** Weight files the ONNX file refers to (models over 2 GB), next to it as the model names them. */
  externalData: z.array(zPackageFile).optional(),
  recommendedSession: zSessionHints.optional(),
});

/** A stage the package describes but does not ship (no `path`), e.g. a pointer to elsewhere. */
export const zNoteStage = z.looseObject({ note: z.string() });

/** A stage entry: with a `path` it must be a model stage; without, a note. */
export const zStage = z.looseObject({}).transform((value, ctx) => {
  const result = ('path' in value ? zModelStage : zNoteStage).safeParse(value);
  if (result.success) return result.data;
  for (const { message, path } of result.error.issues) {
    ctx.addIssue({ code: 'custom', message, path });
  }
  return z.NEVER;
});

export const zCodebookEntry = z.looseObject({
  grid: z.int().positive(),
  patch: z.int().positive(),
  K: z.int().positive().max(65536),
  nullId: z.int().nonnegative().optional(),
  offset: z.int().nonnegative(),
  length: z.int().nonnegative(),
  sha256: zSha256,
});

export const zCodebooks = zPackageFile.extend({
  grids: z.array(zCodebookEntry).min(1),
});

export const zManifest = z.looseObject({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(MANIFEST_VERSION),
  id: z.string().regex(/^[\x21-\x7e]{1,255}$/, 'expected printable ASCII without spaces'),
  revision: z.int().nonnegative(),
  description: z.string().optional(),
  canvas: z.looseObject({
    width: z.int().positive(),
    height: z.int().positive(),
    channels: z.int().positive(),
  }),
  tokenizer: z.looseObject({ type: z.string().min(1) }),
  /** How the package reads prompts, by id (`src/prompt-language`); none = verbatim. */
  promptLanguage: z.string().min(1).optional(),
  glyphs: zPackageFile.optional(),
  codebooks: zCodebooks,
  stages: z.record(z.string().min(1), zStage),
  licence: z.record(z.string(), z.unknown()).optional(),
});

export type Manifest = z.infer<typeof zManifest>;
export type ModelStage = z.infer<typeof zModelStage>;
export type NoteStage = z.infer<typeof zNoteStage>;
export type Stage = z.infer<typeof zStage>;
export type PackageFile = z.infer<typeof zPackageFile>;
export type TensorSignature = z.infer<typeof zTensorSignature>;
export type TensorDim = z.infer<typeof zTensorDim>;
export type CodebookEntry = z.infer<typeof zCodebookEntry>;

/** Narrows a stage entry to one that ships an ONNX file. */
export function isModelStage(stage: Stage): stage is ModelStage {
  return 'path' in stage && typeof stage.path === 'string';
}
