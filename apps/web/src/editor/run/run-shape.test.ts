import { describe, expect, it } from 'vitest';
import poster from '../../../../../models/tessera-tiny/workflows/poster.json';
import { catalogue } from '../model/catalogue.ts';
import { runShapeOfStored } from './run-shape.ts';

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

  it('gives an empty shape for something that is not a workflow', () => {
    expect(runShapeOfStored({ nope: true }, catalogue).order).toEqual([]);
  });
});
