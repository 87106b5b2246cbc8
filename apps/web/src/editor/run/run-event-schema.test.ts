import { describe, expect, it } from 'vitest';
import { parseRunEvent, parseRunners } from './run-event-schema.ts';

describe('parseRunEvent', () => {
  it('accepts a preview whose pixels arrive as an ArrayBuffer (as in browsers)', () => {
    const data = Uint8Array.of(1, 2, 3, 4).buffer;
    const event = parseRunEvent({
      type: 'node-partial',
      runId: 'r',
      at: 1,
      nodeId: 'decode',
      nodeType: 'diffusion.decode',
      output: {
        kind: 'image-preview',
        step: 1,
        steps: 4,
        image: { type: 'IMAGE', width: 1, height: 1, channels: 4, data },
      },
    });
    expect(event?.type).toBe('node-partial');
    if (event?.type !== 'node-partial' || event.output.kind !== 'image-preview') return;
    expect([...event.output.image.data]).toEqual([1, 2, 3, 4]);
  });

  it('refuses what is not a run event', () => {
    expect(parseRunEvent({ type: 'node-finished', runId: 'r', at: 1 })).toBeUndefined();
    expect(parseRunEvent('run-finished')).toBeUndefined();
    expect(parseRunners([{ name: 'x' }])).toBeUndefined();
  });
});
