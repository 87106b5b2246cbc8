import type { CliIo } from './io.ts';

/** Exit statuses: a contract for scripts. */
export const EXIT = {
  /** The command did what was asked (a valid workflow; a run that finished). */
  ok: 0,
  /** It ran, and the answer is no: problems found, a run failed or was cancelled, no data. */
  failed: 1,
  /** It could not start: bad arguments, an unreadable file, not JSON, not a PNG, bad input. */
  badInput: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * Thrown for input the command cannot work with (exit 2). `message` is a sentence for the user;
 * `details` are printed below it (one problem a line, say).
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** A subcommand of `tessera`. */
export interface Command {
  readonly name: string;
  /** One line for `tessera --help`. */
  readonly summary: string;
  /** Full usage text for `tessera <name> --help`. */
  readonly usage: string;
  execute(args: readonly string[], io: CliIo): Promise<ExitCode>;
}
