import { describe, expect, it } from 'vitest';
import { type RunEvent, type RunEventType, parseRunEvent } from './run-events.ts';

const run = { runId: 'run-1', at: 1_700_000_000_000 };
const node = { ...run, nodeId: 'plan', nodeType: 'ar.plan' };
const artifacts = [{ port: 'plan', artifactId: 'a-1', kind: 'token_plan' }];
const preview = {
  kind: 'image-preview',
  step: 1,
  steps: 4,
  image: { type: 'IMAGE', width: 1, height: 1, channels: 4, data: Uint8Array.of(1, 2, 3, 4) },
} as const;

/** One event of each type, as the hub builds them, without optional fields. */
const samples: { readonly [T in RunEventType]: Extract<RunEvent, { type: T }> } = {
  'run-queued': { ...run, type: 'run-queued' },
  'run-started': { ...run, type: 'run-started', order: ['prompt', 'plan'] },
  'node-started': { ...node, type: 'node-started', runner: 'cpu-1', attempt: 1 },
  'node-progress': { ...node, type: 'node-progress', step: 3, total: 256 },
  'node-partial': { ...node, type: 'node-partial', output: preview },
  'node-finished': {
    ...node,
    type: 'node-finished',
    runner: 'cpu-1',
    ms: 120,
    artifacts,
    cached: false,
  },
  'node-retry': { ...node, type: 'node-retry', reason: 'runner lost', attempt: 1 },
  'node-failed': { ...node, type: 'node-failed', message: 'out of memory' },
  'node-skipped': { ...node, type: 'node-skipped', blockedBy: 'prompt' },
  'run-finished': { ...run, type: 'run-finished' },
  'run-failed': { ...run, type: 'run-failed', error: 'The workflow cannot run' },
  'run-cancelled': { ...run, type: 'run-cancelled' },
};
const events = Object.values(samples);

/** Fields that may be left out of a payload (`cached` defaults to false). */
const OPTIONAL = new Set(['cached']);

describe('parseRunEvent', () => {
  it.each(events)('accepts $type as the hub sends it', (event) => {
    expect(parseRunEvent(event)).toEqual(event);
  });

  it('accepts the optional fields of a finished node and a failed run', () => {
    const display = { kind: 'saved', files: [{ name: 'a.png', bytes: 9, width: 2, height: 2 }] };
    const finished = { ...samples['node-finished'], cached: true, runner: '', ms: 0, display };
    expect(parseRunEvent(finished)).toEqual(finished);
    const failed = { ...samples['run-failed'], nodeId: 'plan' };
    expect(parseRunEvent(failed)).toEqual(failed);
  });

  it('reads a finished node without `cached` (an older hub) as executed', () => {
    const { cached: _, ...older } = samples['node-finished'];
    expect(parseRunEvent(older)).toMatchObject({ type: 'node-finished', cached: false });
  });

  it('accepts preview pixels that arrive as an ArrayBuffer (as in browsers), as a Uint8Array', () => {
    const image = { ...preview.image, data: Uint8Array.of(1, 2, 3, 4).buffer };
    const event = parseRunEvent({ ...samples['node-partial'], output: { ...preview, image } });
    if (event?.type !== 'node-partial' || event.output.kind !== 'image-preview')
      throw new Error(`not a preview: ${JSON.stringify(event)}`);
    expect(event.output.image.data).toEqual(Uint8Array.of(1, 2, 3, 4));
  });

  it.each(events)('refuses $type without any one of its required fields', (event) => {
    for (const key of Object.keys(event).filter((k) => !OPTIONAL.has(k))) {
      const { [key]: _, ...without } = event as unknown as Record<string, unknown>;
      expect(parseRunEvent(without), `${event.type} without ${key}`).toBeUndefined();
    }
  });

  it('refuses what is not a run event', () => {
    const malformed: unknown[] = [
      undefined,
      null,
      'run-finished',
      [],
      { ...run, type: 'run-exploded' },
      { ...samples['run-finished'], runId: '' },
      { ...samples['run-finished'], at: '2024-01-01' },
      { ...samples['node-progress'], step: '3' },
      { ...samples['node-finished'], artifacts: [{ port: 'plan' }] },
      { ...samples['node-finished'], cached: 'yes' },
      { ...samples['run-started'], order: 'prompt,plan' },
      // 4 channels of 1×1 pixels need 4 bytes.
      { ...samples['node-partial'], output: { ...preview, image: { ...preview.image, width: 2 } } },
      { ...samples['node-partial'], output: { kind: 'plan-token', index: -1 } },
    ];
    for (const payload of malformed) expect(parseRunEvent(payload)).toBeUndefined();
  });
});
