import { encodeTokenPlan } from '@tessera/protocol';
import { describe, expect, it } from 'vitest';
import poster from '../../../../../models/tessera-tiny/workflows/poster.json';
import { NO_WORKFLOW_IN_PNG, detectDroppedFile, readDroppedFile } from './dropped-file.ts';
import { pngWithText as png } from '../../testing/png-with-text.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const tplan = encodeTokenPlan({
  height: 16,
  width: 16,
  ids: new Uint16Array(256),
  codebook: { modelId: 'tessera-tiny', grid: 16, vocabSize: 512, hash: 'a'.repeat(64) },
  patchSize: 16,
});

describe('detectDroppedFile', () => {
  it('tells files apart by signature first, then by name', () => {
    expect(detectDroppedFile('x.json', png({}))).toBe('png');
    expect(detectDroppedFile('renamed.bin', tplan)).toBe('tplan');
    expect(detectDroppedFile('plan.tplan', utf8('junk'))).toBe('tplan');
    expect(detectDroppedFile('poster.json', utf8('not json'))).toBe('json');
    expect(detectDroppedFile('download', utf8('\uFEFF  \n{"format":1}'))).toBe('json');
    expect(detectDroppedFile('notes.txt', utf8('hello'))).toBe('unknown');
  });
});

describe('readDroppedFile', () => {
  it('opens the workflow a Tessera PNG carries, exactly, under its own name', () => {
    const doc = { ...poster, name: 'Poster that ran' };
    const result = readDroppedFile(
      'poster_00001.png',
      png({ 'tessera:workflow': JSON.stringify(doc), 'tessera:run': '{}' }),
    );
    expect(result).toEqual({ kind: 'workflow', document: doc, from: 'png' });
  });

  it('says plainly when a PNG has no Tessera workflow in it', () => {
    const result = readDroppedFile('holiday.png', png({ Software: 'GIMP' }));
    expect(result.kind === 'refused' && result.message).toBe(
      `${NO_WORKFLOW_IN_PNG} (“holiday.png”): only images saved by Tessera’s Save image node carry one.`,
    );
  });

  it('refuses a PNG whose workflow is damaged, newer or cut off, saying which', () => {
    const damaged = readDroppedFile('a.png', png({ 'tessera:workflow': '{"format":' }));
    expect(damaged.kind === 'refused' && damaged.message).toContain('not valid JSON');
    const newer = readDroppedFile(
      'b.png',
      png({ 'tessera:workflow': JSON.stringify({ ...poster, version: 7 }) }),
    );
    expect(newer.kind === 'refused' && newer.message).toContain('version 7');
    const cut = readDroppedFile('c.png', png({ 'tessera:workflow': '{}' }).subarray(0, 30));
    expect(cut.kind === 'refused' && cut.message).toMatch(/^“c.png” cannot be read: .*truncated/);
  });

  it('refuses a PNG whose chunk fails its CRC, rather than open what the chunk now says', () => {
    const bytes = png({ 'tessera:workflow': JSON.stringify({ ...poster, name: 'Poster A' }) });
    // Still a valid workflow, named "Poster B": only the chunk's CRC tells it was changed.
    bytes[Buffer.from(bytes).indexOf('Poster A') + 7] = 'B'.charCodeAt(0);
    const result = readDroppedFile('flipped.png', bytes);
    expect(result.kind === 'refused' && result.message).toMatch(
      /^“flipped.png” cannot be read: The PNG chunk iTXt is corrupt \(CRC mismatch\)\.$/,
    );
  });

  it('reads a workflow .json as Import does, named after the file', () => {
    const result = readDroppedFile('My poster.json', utf8(JSON.stringify(poster)));
    expect(result.kind === 'workflow' && result.document.name).toBe('My poster');
    expect(result.kind === 'workflow' && result.from).toBe('json');
    const foreign = readDroppedFile('comfy.json', utf8('{"last_node_id": 3, "nodes": []}'));
    expect(foreign.kind === 'refused' && foreign.message).toContain('not a Tessera workflow');
  });

  it('hands a .tplan over as bytes for the Plan Lab', () => {
    expect(readDroppedFile('p.tplan', tplan)).toEqual({
      kind: 'plan',
      fileName: 'p.tplan',
      bytes: tplan,
    });
  });

  it('refuses anything else, saying what it can open', () => {
    const result = readDroppedFile('notes.txt', utf8('hello'));
    expect(result.kind === 'refused' && result.message).toContain('.tplan');
  });
});
