import type { DroppedBoundaryEntry } from '@tessera/graph';
import { describe, expect, it } from 'vitest';
import { droppedBoundaryNotice } from './dropped-boundary-notice.ts';
import { posterDocument } from './test-poster.ts';

const poster = posterDocument();
const doc = {
  ...poster,
  components: {
    render: {
      name: 'Render',
      version: 1,
      nodes: [],
      edges: [],
      inputs: [],
      outputs: [],
      params: [],
    },
  },
};

const entry = (name: string, cause: DroppedBoundaryEntry['cause']): DroppedBoundaryEntry => ({
  component: 'render',
  kind: 'output',
  name,
  node: 'planner',
  port: 'plan.plan',
  cause,
});

describe('droppedBoundaryNotice', () => {
  it('names each dropped entry, its component and why it went', () => {
    expect(droppedBoundaryNotice([entry('plan', 'port')], doc)).toBe(
      'Removed output port "plan" of component "Render": its inner component node "planner" no longer has "plan.plan".',
    );
    expect(droppedBoundaryNotice([{ ...entry('seed', 'node'), kind: 'param' }], doc)).toBe(
      'Removed param "seed" of component "Render": its inner node "planner" was deleted.',
    );
  });

  it('lists three and counts the rest', () => {
    const text = droppedBoundaryNotice(
      ['a', 'b', 'c', 'd', 'e'].map((name) => entry(name, 'node')),
      doc,
    );
    expect(text.match(/Removed/g)).toHaveLength(3);
    expect(text).toMatch(/…and 2 more\.$/);
  });
});
