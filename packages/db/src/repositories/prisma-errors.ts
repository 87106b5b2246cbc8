// Recognising Prisma's known request errors without importing a generated client's classes.

export function prismaErrorCode(error: unknown): string | undefined {
  if (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string'
  ) {
    return /^P\d{4}$/.test(error.code) ? error.code : undefined;
  }
  return undefined;
}

/** A foreign key pointed at a row that does not exist. */
export const isForeignKeyViolation = (error: unknown) => prismaErrorCode(error) === 'P2003';

/** A unique constraint refused the write. */
export const isUniqueViolation = (error: unknown) => prismaErrorCode(error) === 'P2002';
