// What a failed server call means for the user.
import { TRPCClientError } from '@trpc/client';

/** The tRPC error code (`CONFLICT`, `NOT_FOUND`, …), if the server answered with one. */
export function errorCode(error: unknown): string | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data: unknown = error.data;
  if (typeof data !== 'object' || data === null || !('code' in data)) return undefined;
  return typeof data.code === 'string' ? data.code : undefined;
}

/** A save refused because someone saved a newer version. */
export const isConflict = (error: unknown): boolean => errorCode(error) === 'CONFLICT';

export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError && errorCode(error) === undefined)
    return `the server could not be reached (${error.message})`;
  return error instanceof Error ? error.message : String(error);
}
