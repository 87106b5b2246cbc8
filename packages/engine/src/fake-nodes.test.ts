import { nodeSpecProblems } from '@tessera/graph';
import { describe, expect, it } from 'vitest';
import { fakeNodes } from './fake-nodes.ts';

describe('the fake nodes of these tests', () => {
  it('have sound specs', () => {
    for (const { spec } of fakeNodes) expect(nodeSpecProblems(spec), spec.type).toEqual([]);
  });
});
