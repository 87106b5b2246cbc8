import { describe, expect, it } from 'vitest';
import { changedModels, runModelsFor } from './run-models.ts';

const sha = (c: string) => c.repeat(64);
const document = {
  nodes: [
    { id: 'p', type: 'prompt', params: {} },
    { id: 'plan', type: 'ar.plan', params: {} },
  ],
  edges: [],
};
const model = (id: string, c: string) => ({ id, revision: 1, sha256: sha(c) });

describe('runModelsFor', () => {
  it('records the packages of the runners that can execute the document’s nodes', () => {
    const models = runModelsFor(document, [
      { name: 'b-planner', nodeTypes: ['ar.plan'], models: [model('tiny', 'a')] },
      { name: 'upscaler', nodeTypes: ['image.upscale'], models: [model('esrgan', 'e')] },
      { name: 'a-planner', nodeTypes: ['prompt', 'ar.plan'], models: [model('tiny', 'b')] },
    ]);
    // esrgan's runner cannot execute any node; of the two planners the first by name wins.
    expect(models).toEqual({ tiny: sha('b') });
  });

  it('records nothing with no runner, or runners without models', () => {
    expect(runModelsFor(document, [])).toEqual({});
    expect(runModelsFor(document, [{ name: 'x', nodeTypes: ['ar.plan'] }])).toEqual({});
    expect(runModelsFor({ nodes: 'bad' }, [{ name: 'x', nodeTypes: ['ar.plan'] }])).toEqual({});
  });
});

describe('changedModels', () => {
  const runners = [{ name: 'r', nodeTypes: ['ar.plan'], models: [model('tiny', 'a')] }];

  it('lists a model a runner now offers with another package hash', () => {
    expect(changedModels({ tiny: sha('b') }, runners)).toEqual(['tiny']);
  });

  it('does not flag the same package, a model nobody offers, or an empty record', () => {
    expect(changedModels({ tiny: sha('a') }, runners)).toEqual([]);
    expect(changedModels({ gone: sha('a') }, runners)).toEqual([]);
    expect(changedModels({}, runners)).toEqual([]);
  });
});
