// The answer to every event that carries an acknowledgement callback.
import { z } from 'zod';
import { lazySchema } from '@tessera/graph';

export type Ack = { readonly ok: true } | { readonly ok: false; readonly error: string };
/** An acknowledgement as the other side sent it (parse it: it is incoming too). */
export const zAck = lazySchema(() =>
  z.union([
    z.object({ ok: z.literal(true) }),
    z.object({ ok: z.literal(false), error: z.string().max(10_000) }),
  ]),
);

export type AckCallback = (reply: Ack) => void;

export interface IncomingOptions {
  /** The event name, for messages. */
  readonly event: string;
  /** Told about refused payloads and failed handlers; default: nothing. */
  readonly onError?: (message: string) => void;
}

const isAckCallback = (value: unknown): value is AckCallback => typeof value === 'function';

/** One line naming the first few problems of a refused payload. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(payload)'}: ${issue.message}`)
    .join('; ');
}

/**
 * A Socket.IO listener that parses its payload with `schema` before `handle` sees it. A refused
 * payload, or a handler that throws or rejects, is answered `{ ok: false, error }` through the
 * acknowledgement (when the sender asked for one) and reported to `onError`; success is
 * answered `{ ok: true }`. The listener never throws into Socket.IO.
 */
export function incoming<S extends z.ZodType>(
  schema: S,
  handle: (payload: z.output<S>) => void | Promise<void>,
  options: IncomingOptions,
): (payload?: unknown, ack?: unknown) => void {
  return (payload, ack) => {
    const reply = (answer: Ack): void => {
      if (!answer.ok) options.onError?.(`${options.event}: ${answer.error}`);
      if (!isAckCallback(ack)) return;
      try {
        ack(answer);
      } catch {
        // The acknowledgement belongs to Socket.IO; nothing to do if it fails.
      }
    };
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      reply({
        ok: false,
        error: `Invalid ${options.event} payload: ${describeIssues(parsed.error)}`,
      });
      return;
    }
    const fail = (error: unknown): void =>
      reply({ ok: false, error: error instanceof Error ? error.message : String(error) });
    try {
      Promise.resolve(handle(parsed.data)).then(() => reply({ ok: true }), fail);
    } catch (error) {
      fail(error);
    }
  };
}
