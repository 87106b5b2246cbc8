import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCycles, topologicalOrder } from './graph-order.ts';

describe('topologicalOrder', () => {
  it('puts every vertex after the ones it depends on, ties broken by name', () => {
    const result = topologicalOrder(
      ['d', 'c', 'b', 'a'],
      [
        ['a', 'c'],
        ['b', 'c'],
        ['c', 'd'],
      ],
    );
    expect(result).toEqual({ ok: true, order: ['a', 'b', 'c', 'd'] });
  });

  it('does not depend on the order vertices and arcs are given in', () => {
    const arcs = [
      ['x', 'z'],
      ['w', 'z'],
      ['w', 'y'],
    ] as const;
    const first = topologicalOrder(['w', 'x', 'y', 'z'], arcs);
    const second = topologicalOrder(['z', 'y', 'x', 'w'], [...arcs].reverse());
    expect(second).toEqual(first);
    expect(first).toEqual({ ok: true, order: ['w', 'x', 'y', 'z'] });
  });

  it('reports the cycles instead of an order', () => {
    const result = topologicalOrder(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'b'],
        ['c', 'd'],
      ],
    );
    expect(result).toEqual({ ok: false, cycles: [['b', 'c']] });
  });

  it('orders any DAG consistently with its arcs', () => {
    const dag = fc
      .integer({ min: 1, max: 12 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 30 }),
        ),
      );
    fc.assert(
      fc.property(dag, ([n, pairs]) => {
        const names = Array.from({ length: n }, (_, i) => `n${i}`);
        // Arcs only go from a lower to a higher index, so the graph is acyclic.
        const arcs = pairs
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => [names[Math.min(a, b)]!, names[Math.max(a, b)]!] as const);
        const result = topologicalOrder(names, arcs);
        if (!result.ok) throw new Error('a DAG has no cycle');
        for (const [from, to] of arcs)
          expect(result.order.indexOf(from)).toBeLessThan(result.order.indexOf(to));
      }),
    );
  });
});

describe('findCycles', () => {
  it('finds each cycle separately, self-loops included, and nothing else', () => {
    const cycles = findCycles(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [
        ['a', 'b'],
        ['b', 'a'],
        ['b', 'c'],
        ['d', 'd'],
        ['e', 'f'],
      ],
    );
    expect(cycles).toEqual([['a', 'b'], ['d']]);
  });

  it('handles long chains without overflowing the stack', () => {
    const names = Array.from({ length: 50_000 }, (_, i) => `v${String(i).padStart(5, '0')}`);
    const arcs = names.map((name, i) => [name, names[(i + 1) % names.length]!] as const);
    const cycles = findCycles(names, arcs);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(names.length);
  });
});
