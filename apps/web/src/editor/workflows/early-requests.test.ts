import { describe, expect, it, vi } from 'vitest';
import { sendEarly, take } from './early-requests.ts';

describe('early requests', () => {
  it('hands the early answer to the first taker only', async () => {
    const early = vi.fn(() => Promise.resolve('early'));
    const late = vi.fn(() => Promise.resolve('late'));
    sendEarly('a', early);
    sendEarly('a', early);
    expect(early).toHaveBeenCalledTimes(1);
    await expect(take('a', late)).resolves.toBe('early');
    await expect(take('a', late)).resolves.toBe('late');
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('sends the request when nothing was sent early', async () => {
    await expect(take('b', () => Promise.resolve(7))).resolves.toBe(7);
  });

  it('passes a failed early request on to its taker', async () => {
    sendEarly('c', () => Promise.reject(new Error('offline')));
    await expect(take('c', () => Promise.resolve('late'))).rejects.toThrow('offline');
  });
});
