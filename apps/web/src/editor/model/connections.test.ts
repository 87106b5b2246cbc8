import { describe, expect, it } from 'vitest';
import { connect, connectionProblem } from './connections.ts';
import { addNode } from './document-ops.ts';
import { promptToPlan } from './test-documents.ts';

describe('typed connections', () => {
  const withDecode = addNode(promptToPlan(), 'diffusion.decode', { x: 600, y: 0 }).doc;

  it('refuses an output whose type the input does not take, saying which types', () => {
    const problem = connectionProblem(
      withDecode,
      { node: 'prompt', port: 'prompt' },
      { node: 'decode', port: 'plan' },
    );
    expect(problem).toBe('PROMPT cannot feed the TOKEN_PLAN input "plan".');
    const result = connect(
      withDecode,
      { node: 'prompt', port: 'prompt' },
      { node: 'decode', port: 'plan' },
    );
    expect(result.ok).toBe(false);
  });

  it('refuses unknown ports and loops', () => {
    expect(
      connectionProblem(
        withDecode,
        { node: 'prompt', port: 'nope' },
        { node: 'plan', port: 'prompt' },
      ),
    ).toMatch(/no output "nope"/);
    const doc = addNode(promptToPlan(), 'plan.expand', { x: 0, y: 0 }).doc;
    const linked = connect(doc, { node: 'plan', port: 'plan' }, { node: 'expand', port: 'plan' });
    if (!linked.ok) throw new Error(linked.reason);
    // expand → plan's prompt input is type-incompatible anyway; a same-type loop needs an ANY port,
    // so check the self-loop rule directly.
    expect(
      connectionProblem(
        linked.doc,
        { node: 'expand', port: 'plan' },
        { node: 'expand', port: 'plan' },
      ),
    ).toBe('That connection would make a loop.');
  });

  it('connecting into an occupied input replaces the old edge', () => {
    const two = addNode(withDecode, 'prompt', { x: 0, y: 200 }).doc;
    const first = connect(
      two,
      { node: 'prompt', port: 'prompt' },
      { node: 'decode', port: 'prompt' },
    );
    if (!first.ok) throw new Error(first.reason);
    const second = connect(
      first.doc,
      { node: 'prompt_2', port: 'prompt' },
      { node: 'decode', port: 'prompt' },
    );
    if (!second.ok) throw new Error(second.reason);
    const into = second.doc.edges.filter((e) => e.to.node === 'decode' && e.to.port === 'prompt');
    expect(into.map((e) => e.from.node)).toEqual(['prompt_2']);
  });
});
