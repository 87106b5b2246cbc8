import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Ack, incoming } from './ack.ts';

const schema = z.object({ runId: z.string().min(1) });

function call(
  listener: (payload?: unknown, ack?: unknown) => void,
  payload: unknown,
): Promise<Ack> {
  return new Promise((resolve) => listener(payload, resolve));
}

describe('incoming', () => {
  it('hands parsed payloads to the handler and answers ok', async () => {
    const seen: string[] = [];
    const listener = incoming(schema, (p) => void seen.push(p.runId), { event: 'run:subscribe' });
    expect(await call(listener, { runId: 'r1' })).toEqual({ ok: true });
    expect(seen).toEqual(['r1']);
  });

  it('answers garbage with an error naming the event and the field, and never throws', async () => {
    const errors: string[] = [];
    const listener = incoming(schema, () => undefined, {
      event: 'run:subscribe',
      onError: (m) => errors.push(m),
    });
    const reply = await call(listener, { runId: 3 });
    expect(!reply.ok && reply.error).toMatch(/run:subscribe.*runId/);
    expect(() => listener('garbage')).not.toThrow();
    expect(() => listener(undefined, 'not a function')).not.toThrow();
    expect(errors).toHaveLength(3);
  });

  it('answers a failing handler with its message', async () => {
    const sync = incoming(
      schema,
      () => {
        throw new Error('no such run');
      },
      { event: 'e' },
    );
    const async = incoming(schema, () => Promise.reject(new Error('later')), { event: 'e' });
    expect(await call(sync, { runId: 'x' })).toEqual({ ok: false, error: 'no such run' });
    expect(await call(async, { runId: 'x' })).toEqual({ ok: false, error: 'later' });
  });
});
