/** Sign-up with an email another account already uses. */
export class EmailTakenError extends Error {
  override readonly name = 'EmailTakenError';
  readonly code = 'EMAIL_TAKEN';
  constructor(readonly email: string) {
    super(`An account with the email ${email} already exists.`);
  }
}
