import { describe, expect, it } from 'vitest';
import type { WireValues } from '@tessera/protocol';
import {
  type CachedNodeResult,
  NodeOutputCache,
  estimateResultBytes,
  estimateWireBytes,
} from './node-output-cache.ts';

const image = (side: number): CachedNodeResult => ({
  outputs: {
    image: {
      type: 'IMAGE',
      width: side,
      height: side,
      channels: 3,
      data: new Uint8Array(side * side * 3),
    },
  },
  artifacts: [{ port: 'image', artifactId: `a-${side}`, kind: 'image' }],
});

describe('estimateWireBytes', () => {
  it('counts pixels, plan bytes and text', () => {
    expect(
      estimateWireBytes({
        type: 'IMAGE',
        width: 4,
        height: 2,
        channels: 4,
        data: new Uint8Array(32),
        plan: new Uint8Array(10),
      }),
    ).toBe(42);
    expect(estimateWireBytes({ type: 'TOKEN_PLAN', bytes: new Uint8Array(540) })).toBe(540);
    expect(estimateWireBytes({ type: 'PROMPT', text: 'abc' })).toBe(6);
    expect(estimateWireBytes({ type: 'SCALAR', value: 3 })).toBe(8);
  });

  it('makes a 256×256 image weigh its pixels plus a little', () => {
    const bytes = estimateResultBytes(image(256));
    expect(bytes).toBeGreaterThan(256 * 256 * 3);
    expect(bytes).toBeLessThan(256 * 256 * 3 + 2048);
  });
});

describe('NodeOutputCache', () => {
  it('returns what it keeps, and nothing for an unknown key', () => {
    const cache = new NodeOutputCache();
    const prompt: WireValues = { prompt: { type: 'PROMPT', text: 'teal poster' } };
    cache.set('k1', { outputs: prompt, artifacts: [] });
    expect(cache.get('k1')?.outputs).toBe(prompt);
    expect(cache.get('k2')).toBeUndefined();
  });

  it('evicts the least recently used once the byte budget is passed', () => {
    const one = estimateResultBytes(image(64));
    const cache = new NodeOutputCache(one * 2 + 10);
    cache.set('a', image(64));
    cache.set('b', image(64));
    cache.get('a'); // a is now the most recently used
    cache.set('c', image(64));
    expect(cache.keys()).toEqual(['a', 'c']);
    expect(cache.bytes).toBe(one * 2);
    expect(cache.bytes).toBeLessThanOrEqual(cache.maxBytes);
  });

  it('does not keep a result larger than the whole budget, nor anything at budget 0', () => {
    const small = new NodeOutputCache(1000);
    expect(small.set('big', image(64))).toBe(false);
    expect(small.size).toBe(0);
    const off = new NodeOutputCache(0);
    expect(off.set('p', { outputs: {}, artifacts: [] })).toBe(false);
    expect(off.get('p')).toBeUndefined();
  });

  it('replaces an entry under the same key without counting it twice', () => {
    const cache = new NodeOutputCache();
    cache.set('k', image(32));
    cache.set('k', image(16));
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(estimateResultBytes(image(16)));
    cache.clear();
    expect(cache.bytes).toBe(0);
  });

  it('refuses a negative budget', () => {
    expect(() => new NodeOutputCache(-1)).toThrow(RangeError);
  });
});
