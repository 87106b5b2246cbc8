import { describe, expect, it } from 'vitest';
import { specOf } from '../model/catalogue.ts';
import { promptToPlan } from '../model/test-documents.ts';
import { seedKey } from '../state/seed-modes.ts';
import { applySeedChanges, seedChanges } from './seed-advance.ts';

describe('seedChanges', () => {
  const doc = promptToPlan();
  const plan = doc.nodes.find((n) => n.type === 'ar.plan')!;

  it('leaves fixed seeds alone', () => {
    expect(seedChanges(doc, {}, specOf)).toEqual([]);
  });

  it('steps an incremented seed from its value (or its default) and sets it', () => {
    const modes = { [seedKey(plan.id, 'seed')]: 'increment' as const };
    const changes = seedChanges(doc, modes, specOf);
    const current = typeof plan.params.seed === 'number' ? plan.params.seed : 0;
    expect(changes).toEqual([{ nodeId: plan.id, param: 'seed', value: current + 1 }]);
    const next = applySeedChanges(doc, changes);
    expect(next.nodes.find((n) => n.id === plan.id)?.params.seed).toBe(current + 1);
  });

  it('gives a randomized seed a new value from the generator', () => {
    const modes = { [seedKey(plan.id, 'seed')]: 'randomize' as const };
    expect(seedChanges(doc, modes, specOf, () => 42)[0]?.value).toBe(42);
  });
});
