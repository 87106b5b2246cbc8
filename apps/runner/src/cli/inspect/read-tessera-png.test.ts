import { PNG_TEXT_KEYS } from '@tessera/nodes/specs';
import { encodePng } from '@tessera/png';
import { encodeTokenPlanBase64 } from '@tessera/protocol';
import { describe, expect, it } from 'vitest';
import { InputError } from '../command.ts';
import { summarisePlan } from './plan-summary.ts';
import { readTesseraPng } from './read-tessera-png.ts';

const pixel = { width: 1, height: 1, channels: 3 as const, data: new Uint8Array(3) };
const png = (texts: Record<string, string>) => encodePng(pixel, texts);
const plan = {
  height: 2,
  width: 3,
  ids: Uint16Array.from([5, 5, 9, 1, 5, 2]),
  codebook: { modelId: 'tiny', grid: 2, vocabSize: 16, hash: 'ab'.repeat(32) },
  patchSize: 8,
};

describe('readTesseraPng', () => {
  it('reads the chunks that are there', () => {
    const data = readTesseraPng(
      'a.png',
      png({
        [PNG_TEXT_KEYS.workflow]: '{"name":"x"}',
        [PNG_TEXT_KEYS.plan]: encodeTokenPlanBase64(plan),
      }),
    );
    expect(data).toMatchObject({ found: true, workflow: { name: 'x' }, problems: [] });
    expect(data.run).toBeUndefined();
    expect(summarisePlan(data.plan!)).toEqual({
      height: 2,
      width: 3,
      patchSize: 8,
      pixels: { width: 24, height: 16 },
      codebook: plan.codebook,
      tokens: 6,
      firstIds: [5, 5, 9, 1, 5, 2],
      distinctIds: 4,
    });
  });

  it('reports each unreadable chunk and keeps the others', () => {
    const data = readTesseraPng(
      'a.png',
      png({
        [PNG_TEXT_KEYS.workflow]: '{"name":"x"}',
        [PNG_TEXT_KEYS.run]: '{"format":"something else"}',
        [PNG_TEXT_KEYS.plan]: 'VFBMTg==',
      }),
    );
    expect(data.workflow).toEqual({ name: 'x' });
    expect(data.problems).toEqual([
      'The tessera:run chunk is not a run manifest this build can read.',
      expect.stringMatching(/^The tessera:plan chunk is not a token plan: /),
    ]);
  });

  it('tells a PNG without Tessera data from a file that is not a PNG', () => {
    expect(readTesseraPng('a.png', png({ Software: 'other' }))).toEqual({
      found: false,
      problems: [],
    });
    expect(() => readTesseraPng('a.txt', new TextEncoder().encode('hello'))).toThrow(InputError);
  });
});
