import { describe, expect, it } from 'vitest';
import { estimateBytes } from './estimate-bytes.ts';
import { OutputCache } from './output-cache.ts';

const result = (bytes: number) => ({ outputs: { data: new Uint8Array(bytes) } });

describe('OutputCache', () => {
  it('evicts the least recently used entries past its budget; reading refreshes an entry', () => {
    const cache = new OutputCache(3_500);
    cache.set('a', result(900));
    cache.set('b', result(900));
    cache.get('a');
    cache.set('c', result(900));
    expect(cache.keys()).toEqual(['b', 'a', 'c']);
    cache.set('d', result(900));
    expect(cache.keys()).toEqual(['a', 'c', 'd']);
    expect(cache.bytes).toBeLessThanOrEqual(3_500);
  });

  it('does not keep a result larger than the whole budget, and keeps the others', () => {
    const cache = new OutputCache(2_000);
    cache.set('small', result(100));
    expect(cache.set('huge', result(5_000))).toBe(false);
    expect(cache.keys()).toEqual(['small']);
  });

  it('accounts for replaced and deleted entries', () => {
    const cache = new OutputCache(10_000);
    cache.set('a', result(1_000));
    const one = cache.bytes;
    cache.set('a', result(1_000));
    expect(cache.bytes).toBe(one);
    cache.delete('a');
    expect(cache.bytes).toBe(0);
  });
});

describe('estimateBytes', () => {
  it('counts binary data by its length, shared buffers once, strings by their length', () => {
    const data = new Uint8Array(10_000);
    const image = { width: 1, height: 1, data };
    expect(estimateBytes(image)).toBeGreaterThan(10_000);
    expect(estimateBytes(image)).toBeLessThan(10_200);
    expect(estimateBytes([image, image, { data }])).toBeLessThan(10_500);
    expect(estimateBytes('x'.repeat(1000))).toBeGreaterThanOrEqual(2_000);
  });
});
