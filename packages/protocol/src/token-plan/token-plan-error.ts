/** What was wrong with an encoded (or to-be-encoded) token plan. Stable: callers may switch on it. */
export type TokenPlanErrorCode =
  | 'bad-magic'
  | 'unsupported-version'
  | 'unknown-flags'
  | 'truncated'
  | 'trailing-bytes'
  | 'invalid-header'
  | 'shape-mismatch'
  | 'id-out-of-range'
  | 'bad-probability'
  | 'bad-alternatives'
  | 'codebook-mismatch'
  | 'bad-base64';

/** Thrown by the token plan codec, and only this, for any input it cannot accept. */
export class TokenPlanFormatError extends Error {
  override readonly name = 'TokenPlanFormatError';

  constructor(
    readonly code: TokenPlanErrorCode,
    message: string,
  ) {
    super(`token plan: ${message}`);
  }
}
