/** Input a repository refuses before touching the database. */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
  readonly code = 'INVALID_INPUT';
}
