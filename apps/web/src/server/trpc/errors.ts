// Turns the storage layer's typed errors into tRPC errors the UI can act on.
import { TRPCError } from '@trpc/server';
import { InvalidInputError, NotFoundError, WorkflowConflictError } from '@tessera/db';
import { QueueUnavailableError } from '@tessera/hub';
import type { Problem } from '@tessera/graph';

/** A document that could not be read; carries every problem for the editor to show. */
export class DocumentProblemsError extends Error {
  override readonly name = 'DocumentProblemsError';
  constructor(readonly problems: readonly Problem[]) {
    super(
      problems.find((p) => p.severity === 'error')?.message ??
        'The workflow document is not valid.',
    );
  }
}

/** Details the client receives in `error.data` besides tRPC's own. */
export interface ErrorDetails {
  readonly problems: readonly Problem[] | null;
  readonly conflict: { readonly currentVersion: number; readonly conflictVersionId: string } | null;
}

export function errorDetails(cause: unknown): ErrorDetails {
  return {
    problems: cause instanceof DocumentProblemsError ? cause.problems : null,
    conflict:
      cause instanceof WorkflowConflictError
        ? { currentVersion: cause.currentVersion, conflictVersionId: cause.conflictVersionId }
        : null,
  };
}

/** Runs a storage call, mapping known failures to the matching tRPC error codes. */
export async function withStorageErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof WorkflowConflictError)
      throw new TRPCError({ code: 'CONFLICT', message: error.message, cause: error });
    if (error instanceof NotFoundError)
      throw new TRPCError({ code: 'NOT_FOUND', message: error.message, cause: error });
    // Cluster mode with Redis unreachable: nothing was queued; HTTP 503.
    if (error instanceof QueueUnavailableError)
      throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: error.message, cause: error });
    if (error instanceof InvalidInputError || error instanceof DocumentProblemsError) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
    }
    throw error;
  }
}
