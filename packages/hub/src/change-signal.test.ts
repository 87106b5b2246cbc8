import { describe, expect, it } from 'vitest';
import { ChangeSignal } from './change-signal.ts';

const settled = async (promise: Promise<void>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('ChangeSignal', () => {
  it('wakes every parked caller on a change, and only then', async () => {
    const changes = new ChangeSignal();
    const signal = new AbortController().signal;
    const [first, second] = [changes.wait(signal), changes.wait(signal)];
    expect(await settled(first)).toBe(false);
    changes.notify();
    expect(await settled(first)).toBe(true);
    expect(await settled(second)).toBe(true);
    const later = changes.wait(signal); // a change before it parked does not count
    expect(await settled(later)).toBe(false);
  });

  it('lets a caller go when its signal aborts or its time is up', async () => {
    const changes = new ChangeSignal();
    const controller = new AbortController();
    const aborted = changes.wait(controller.signal);
    controller.abort();
    expect(await settled(aborted)).toBe(true);
    await changes.wait(new AbortController().signal, 5); // resolves by itself
  });
});
