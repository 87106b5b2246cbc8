import { describe, expect, it } from 'vitest';
import { RunnerRegistry, type ConnectedRunner } from './runner-registry.ts';

function runner(connectionId: string, name: string): ConnectedRunner {
  return {
    connectionId,
    name,
    connectedAt: new Date(0),
    nodeTypes: ['ar.plan'],
    providers: ['cpu'],
  };
}

describe('RunnerRegistry', () => {
  it('lists connected runners by name and forgets disconnected ones', () => {
    const registry = new RunnerRegistry();
    registry.add(runner('c2', 'gpu-b'));
    registry.add(runner('c1', 'gpu-a'));
    expect(registry.list().map((r) => r.name)).toEqual(['gpu-a', 'gpu-b']);
    expect(registry.remove('c2')).toBe(true);
    expect(registry.remove('c2')).toBe(false);
    expect(registry.size).toBe(1);
  });

  it('refuses the same connection twice', () => {
    const registry = new RunnerRegistry();
    registry.add(runner('c1', 'a'));
    expect(() => registry.add(runner('c1', 'a'))).toThrow(/c1/);
  });

  it('tells listeners about every change until they unsubscribe', () => {
    const registry = new RunnerRegistry();
    const sizes: number[] = [];
    const stop = registry.subscribe((runners) => sizes.push(runners.length));
    registry.add(runner('c1', 'a'));
    registry.add(runner('c2', 'b'));
    stop();
    registry.remove('c1');
    expect(sizes).toEqual([1, 2]);
  });
});
