import { describe, expect, it } from 'vitest';
import { specOf } from '../model/catalogue.ts';
import { NODE_WIDTH, estimatedNode } from './estimated-node.ts';

describe('estimatedNode', () => {
  it('places a handle for every port: inputs on the left, outputs on the right, in order', () => {
    const guess = estimatedNode(specOf('plan.expand')!);
    const inputs = guess.handles.filter((h) => h.type === 'target');
    const outputs = guess.handles.filter((h) => h.type === 'source');
    expect(inputs.map((h) => h.id)).toEqual(specOf('plan.expand')!.inputs.map((p) => p.name));
    expect(outputs.map((h) => h.id)).toEqual(['plan']);
    expect(inputs.every((h) => h.x < 0)).toBe(true);
    expect(outputs.every((h) => h.x > NODE_WIDTH / 2)).toBe(true);
    expect(inputs[1]!.y).toBeGreaterThan(inputs[0]!.y);
  });

  it('guesses a taller node for more params', () => {
    expect(estimatedNode(specOf('ar.plan')!).initialHeight).toBeGreaterThan(
      estimatedNode(specOf('image.save')!).initialHeight,
    );
    expect(estimatedNode(specOf('image.save')!).initialWidth).toBe(NODE_WIDTH);
  });
});
