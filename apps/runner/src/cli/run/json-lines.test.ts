import { describe, expect, it } from 'vitest';
import { toJsonLine } from './json-lines.ts';

describe('toJsonLine', () => {
  it('summarises pixel and id arrays but keeps plan tokens and sizes', () => {
    const image = { width: 128, height: 128, channels: 3, data: new Uint8Array(128 * 128 * 3) };
    const line = toJsonLine({
      type: 'node-partial',
      output: { kind: 'image-preview', step: 1, steps: 2, image },
      plan: { ids: new Uint16Array(4096), probabilities: new Float32Array(4096) },
      token: { kind: 'plan-token', index: 3, id: 417, probability: 0.5 },
    });
    expect(line.length).toBeLessThan(400);
    expect(JSON.parse(line)).toEqual({
      type: 'node-partial',
      output: {
        kind: 'image-preview',
        step: 1,
        steps: 2,
        image: {
          width: 128,
          height: 128,
          channels: 3,
          data: { type: 'Uint8Array', length: 49152 },
        },
      },
      plan: {
        ids: { type: 'Uint16Array', length: 4096 },
        probabilities: { type: 'Float32Array', length: 4096 },
      },
      token: { kind: 'plan-token', index: 3, id: 417, probability: 0.5 },
    });
  });

  it('writes errors as their name and message, on one line', () => {
    const line = toJsonLine({ type: 'node-failed', error: new RangeError('bad\nthing') });
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      type: 'node-failed',
      error: { name: 'RangeError', message: 'bad\nthing' },
    });
  });
});
