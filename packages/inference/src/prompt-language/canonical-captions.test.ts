import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { understandPosterPrompt } from './understand-posters.ts';

// A caption already in the training grammar must reach the model unchanged, so existing
// workflows, their outputs and the eval figures stay as they were.
const MODEL_DIR = resolve(import.meta.dirname, '../../../../models/tessera-tiny');

interface HeldoutRecord {
  readonly prompt: string;
  readonly background: readonly string[];
  readonly blocks: readonly { color: string; shape: string; zone: string }[];
  readonly headline: { text: string; zone: string };
  readonly footer: string | null;
}

const heldout = (
  JSON.parse(readFileSync(join(MODEL_DIR, 'train/heldout_prompts.json'), 'utf8')) as {
    prompts: HeldoutRecord[];
  }
).prompts;

const workflowPrompts = readdirSync(join(MODEL_DIR, 'workflows'))
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => {
    const doc = JSON.parse(readFileSync(join(MODEL_DIR, 'workflows', file), 'utf8')) as {
      nodes: { type: string; params?: { text?: string } }[];
    };
    return doc.nodes.flatMap((n) => (n.type === 'prompt' && n.params?.text ? [n.params.text] : []));
  });

describe('canonical captions map to themselves', () => {
  it('covers the 64 held-out captions and the bundled workflows', () => {
    expect(heldout).toHaveLength(64);
    expect(workflowPrompts.length).toBeGreaterThan(0);
  });

  it.each(heldout.map((r) => [r.prompt, r] as const))('%s', (prompt, record) => {
    const understood = understandPosterPrompt(prompt);
    expect(understood.caption).toBe(prompt);
    expect(understood.background).toEqual(record.background);
    expect(understood.blocks.map(({ color, shape, zone }) => ({ color, shape, zone }))).toEqual(
      record.blocks.map(({ color, shape, zone }) => ({ color, shape, zone })),
    );
    expect(understood.headline).toMatchObject({
      text: record.headline.text,
      zone: record.headline.zone,
    });
    expect(understood.footer).toBe(record.footer);
    expect([understood.ignored, understood.unplaced, understood.notes]).toEqual([[], [], []]);
  });

  it.each(workflowPrompts)('workflow prompt %s', (prompt) => {
    expect(understandPosterPrompt(prompt).caption).toBe(prompt);
  });
});
