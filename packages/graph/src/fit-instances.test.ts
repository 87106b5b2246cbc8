import { describe, expect, it } from 'vitest';
import { zComponentDefinition } from './component-schema.ts';
import { fitInstancesToDefinitions } from './fit-instances.ts';
import { sketcherDocument } from './testing/components.ts';
import type { WorkflowDocument } from './workflow-schema.ts';

/** The sketcher without its image output and seed param, used in the workflow and in `outer`. */
function withoutImageAndSeed(): WorkflowDocument {
  const doc = sketcherDocument({ a: { seed: 3 } });
  const sketcher = doc.components!.sketcher!;
  return {
    ...doc,
    components: {
      sketcher: { ...sketcher, outputs: [], params: [] },
      outer: zComponentDefinition.parse({
        name: 'Outer',
        version: 1,
        nodes: [
          { id: 'inner', type: 'component:sketcher', params: { seed: 1 } },
          { id: 'show', type: 'toy.show', params: {} },
        ],
        edges: [
          { id: 'e', from: { node: 'inner', port: 'image' }, to: { node: 'show', port: 'image' } },
        ],
        inputs: [],
        outputs: [],
        params: [],
      }),
    },
  };
}

describe('fitInstancesToDefinitions', () => {
  it('drops links and param values the definition no longer has, at every level', () => {
    const fitted = fitInstancesToDefinitions(withoutImageAndSeed(), ['sketcher']);
    expect(fitted.edges.map((e) => e.id)).toEqual(['in-a']);
    expect(fitted.nodes.find((n) => n.id === 'a')?.params).toEqual({});
    const outer = fitted.components!.outer!;
    expect(outer.edges).toEqual([]);
    expect(outer.nodes[0]?.params).toEqual({});
  });

  it('returns the document itself when every instance already fits, or for other definitions', () => {
    const doc = sketcherDocument({ a: { seed: 3 } });
    expect(fitInstancesToDefinitions(doc, ['sketcher'])).toBe(doc);
    const unfitted = withoutImageAndSeed();
    expect(fitInstancesToDefinitions(unfitted, ['outer', 'missing'])).toBe(unfitted);
  });
});
