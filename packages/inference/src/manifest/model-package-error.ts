/** What is wrong with a model package. Stable: callers may switch on it. */
export type ModelPackageErrorKind =
  | 'missing-file'
  | 'size-mismatch'
  | 'sha256-mismatch'
  | 'malformed-manifest'
  | 'unsupported-manifest'
  | 'unknown-stage'
  | 'onnx-load-failed'
  | 'signature-mismatch'
  | 'codebook-mismatch'
  | 'malformed-file';

/**
 * Any problem found while loading or checking a model package. The message always starts with
 * the file concerned, then says what is wrong (expected vs actual where there is one).
 */
export class ModelPackageError extends Error {
  override readonly name = 'ModelPackageError';

  constructor(
    readonly kind: ModelPackageErrorKind,
    /** The file concerned (absolute path), or the package directory. */
    readonly file: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${detail}`, options);
  }
}
