import { describe, expect, it } from 'vitest';
import {
  conditionalPrefix,
  layoutTokenId,
  layoutTokenPosition,
  paddedPromptIds,
  promptBytes,
  unconditionalPrefix,
  type PromptTokenizerSpec,
} from './prompt-tokenizer.ts';

const spec: PromptTokenizerSpec = {
  padId: 256,
  bosId: 257,
  boiId: 258,
  layoutCodeOffset: 259,
  promptSlot: 160,
  maxPromptBytes: 159,
};

describe('prompt tokenizer', () => {
  it('encodes BOS, the UTF-8 bytes and BOI, with BOI at the prompt slot', () => {
    const p = conditionalPrefix('hé "A"', spec);
    expect(p.ids).toEqual([257, 0x68, 0xc3, 0xa9, 0x20, 0x22, 0x41, 0x22, 258]);
    expect(p.positions).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 160]);
  });

  it('drops bytes beyond the limit, even inside a UTF-8 sequence', () => {
    const prompt = `${'a'.repeat(158)}é tail`;
    const bytes = promptBytes(prompt, spec);
    expect(bytes.length).toBe(159);
    expect(bytes[158]).toBe(0xc3);
    const p = conditionalPrefix(prompt, spec);
    expect(p.ids.length).toBe(161);
    expect(p.positions.at(-2)).toBe(159);
    expect(p.positions.at(-1)).toBe(160);
  });

  it('gives the prompt-dropped input as BOS and BOI alone', () => {
    expect(unconditionalPrefix(spec)).toEqual({ ids: [257, 258], positions: [0, 160] });
    expect(conditionalPrefix('', spec)).toEqual(unconditionalPrefix(spec));
  });

  it('places layout code j at 161 + j with id 259 + code', () => {
    expect(layoutTokenId(0, spec)).toBe(259);
    expect(layoutTokenId(511, spec)).toBe(770);
    expect(layoutTokenPosition(0, spec)).toBe(161);
    expect(layoutTokenPosition(255, spec)).toBe(416);
  });

  it('pads the expander prompt to the slot with PAD', () => {
    const ids = paddedPromptIds('ab', spec);
    expect(ids.length).toBe(160);
    expect(Array.from(ids.subarray(0, 4), Number)).toEqual([257, 97, 98, 256]);
    expect(ids.at(-1)).toBe(256n);
    expect(paddedPromptIds('x'.repeat(400), spec).at(-1)).toBe(120n);
  });
});
