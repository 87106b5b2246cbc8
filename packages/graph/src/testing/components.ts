// Component documents for this package's tests, built on the toy specs and the sample workflow.
import type { ComponentDefinitionInput } from '../component-schema.ts';
import { type WorkflowDocument, zWorkflowDocument } from '../workflow-schema.ts';
import { sampleWorkflowJson } from './index.ts';

/** `toy.sketch` → `toy.paint`, fed one prompt, passing the painting on; `seed` exposed. */
export function sketcherDefinition(): ComponentDefinitionInput {
  return {
    name: 'Sketch and paint',
    version: 1,
    nodes: [
      { id: 'sketch', type: 'toy.sketch', params: { seed: 7 } },
      { id: 'paint', type: 'toy.paint', params: {} },
    ],
    edges: [
      { id: 'i1', from: { node: 'sketch', port: 'sketch' }, to: { node: 'paint', port: 'sketch' } },
    ],
    inputs: [
      {
        name: 'text',
        type: 'PROMPT',
        to: [
          { node: 'sketch', port: 'text' },
          { node: 'paint', port: 'text' },
        ],
      },
    ],
    outputs: [{ name: 'image', type: 'IMAGE', from: { node: 'paint', port: 'image' } }],
    params: [{ name: 'seed', target: { node: 'sketch', param: 'seed' } }],
  };
}

/**
 * text → sketcher instance(s) → show each: `instances` maps instance id → its params. Raw JSON
 * (a fresh copy each call), to edit into test cases.
 */
export function sketcherDocumentJson(
  instances: Record<string, Record<string, unknown>> = { sk: {} },
): Record<string, unknown> & {
  nodes: unknown[];
  edges: unknown[];
  components: Record<string, unknown>;
} {
  const ids = Object.keys(instances);
  return {
    format: 'tessera.workflow',
    version: 2,
    name: 'Sketcher',
    nodes: [
      { id: 'text', type: 'toy.text', params: { text: 'a red kite' } },
      ...ids.map((id) => ({ id, type: 'component:sketcher', params: instances[id] })),
      ...ids.map((id) => ({ id: `show-${id}`, type: 'toy.show' })),
    ],
    edges: ids.flatMap((id) => [
      { id: `in-${id}`, from: { node: 'text', port: 'text' }, to: { node: id, port: 'text' } },
      {
        id: `out-${id}`,
        from: { node: id, port: 'image' },
        to: { node: `show-${id}`, port: 'image' },
      },
    ]),
    components: { sketcher: sketcherDefinition() },
  };
}

/** `sketcherDocumentJson(instances)`, parsed. */
export function sketcherDocument(
  instances?: Record<string, Record<string, unknown>>,
): WorkflowDocument {
  return zWorkflowDocument.parse(sketcherDocumentJson(instances));
}

/** The sample workflow, parsed (its `sketch` and `paint` are what the sketcher holds). */
export function sampleDocument(): WorkflowDocument {
  return zWorkflowDocument.parse(sampleWorkflowJson());
}
