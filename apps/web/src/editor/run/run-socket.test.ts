import { beforeEach, describe, expect, it } from 'vitest';
import { receiveRunEvent, receiveRunEvents, receiveRunners } from './run-socket.ts';
import { useRuns } from './run-store.ts';

// Payloads as a browser's socket delivers them: binary data as an ArrayBuffer, and fields an
// older hub leaves out.
const at = { runId: 'run-1', at: 10 };
const decode = { ...at, nodeId: 'decode', nodeType: 'diffusion.decode' };
const preview = {
  ...decode,
  type: 'node-partial',
  output: {
    kind: 'image-preview',
    step: 1,
    steps: 4,
    image: { type: 'IMAGE', width: 1, height: 1, channels: 3, data: Uint8Array.of(9, 8, 7).buffer },
  },
};

const run = () => useRuns.getState().runs['run-1'];

describe('the run socket', () => {
  beforeEach(() => useRuns.setState({ runs: {}, runners: null }));

  it('applies run events as the hub sends them', () => {
    receiveRunEvent({ ...at, type: 'run-started', order: ['decode'] });
    receiveRunEvent(preview);
    expect(run()?.nodes.decode?.preview).toMatchObject({ width: 1, height: 1, step: 1, steps: 4 });
    expect([...(run()?.nodes.decode?.preview?.rgba ?? [])]).toEqual([9, 8, 7, 255]);

    receiveRunEvent({ ...decode, type: 'node-finished', runner: 'r1', ms: 5, artifacts: [] });
    expect(run()?.nodes.decode).toMatchObject({ status: 'done', runner: 'r1', ms: 5 });
    receiveRunEvent({ ...at, at: 11, type: 'run-finished' });
    expect(run()).toMatchObject({ status: 'succeeded', finishedAt: 11 });
  });

  it('applies a frame’s events as one change of the store, skipping what is not an event', () => {
    receiveRunEvent({ ...at, type: 'run-started', order: ['decode'] });
    let changes = 0;
    const stop = useRuns.subscribe(() => changes++);
    receiveRunEvents([
      { ...decode, type: 'node-progress', step: 1, total: 4 },
      preview,
      'not an event',
      { ...decode, type: 'node-progress', step: 2, total: 4 },
    ]);
    stop();
    expect(changes).toBe(1);
    expect(run()?.nodes.decode).toMatchObject({ step: 2, total: 4, preview: { step: 1 } });
  });

  it('ignores payloads that are not run events', () => {
    receiveRunEvent({ ...at, type: 'run-started', order: ['decode'] });
    const before = useRuns.getState().runs;
    for (const payload of [
      'run-finished',
      { ...at, type: 'run-exploded' },
      { ...decode, type: 'node-finished', runner: 'r1' },
      { ...preview, output: { ...preview.output, step: 'one' } },
    ])
      receiveRunEvent(payload);
    expect(useRuns.getState().runs).toBe(before);
  });

  it('keeps the runners list the hub sends, and ignores one that is not', () => {
    const runners = [{ name: 'cpu-1', nodeTypes: ['prompt'], providers: ['cpu'], busy: false }];
    receiveRunners(runners);
    expect(useRuns.getState().runners).toEqual(runners);
    receiveRunners([{ name: 'no node types' }]);
    expect(useRuns.getState().runners).toEqual(runners);
  });
});
