import { describe, expect, it } from 'vitest';
import poster from '../../../../../models/tessera-tiny/workflows/poster.json';
import { catalogue } from '../model/catalogue.ts';
import { makeComponent } from '../components/make-component.ts';
import { posterDocument } from '../components/test-poster.ts';
import { runShapeOf, runShapeOfStored } from './run-shape.ts';

describe('runShapeOfStored', () => {
  it('plans the run as the hub does and finds what feeds each input', () => {
    const shape = runShapeOfStored(poster, catalogue);
    expect(shape.name).toBe('Poster');
    expect(new Set(shape.order)).toEqual(new Set(poster.nodes.map((n) => n.id)));
    expect(shape.order.indexOf('plan')).toBeLessThan(shape.order.indexOf('expand'));
    expect(shape.order.indexOf('upscale')).toBeLessThan(shape.order.indexOf('save'));
    expect(shape.inputs.save).toEqual({ image: 'upscale' });
    expect(shape.types.decode).toBe('diffusion.decode');
  });

  it('runs component nodes as the nodes inside them, named instance/inner', () => {
    const doc = makeComponent(posterDocument(), new Set(['plan', 'expand']), 'Planner', []);
    const shape = runShapeOf(doc, catalogue);
    expect(shape.order).not.toContain('planner');
    expect(shape.order.indexOf('planner/plan')).toBeLessThan(shape.order.indexOf('planner/expand'));
    expect(shape.order.indexOf('planner/expand')).toBeLessThan(shape.order.indexOf('decode'));
    expect(shape.types['planner/plan']).toBe('ar.plan');
    expect(shape.inputs.decode).toEqual({ plan: 'planner/expand', prompt: 'prompt' });
  });

  it('gives an empty shape for something that is not a workflow', () => {
    expect(runShapeOfStored({ nope: true }, catalogue).order).toEqual([]);
  });
});
