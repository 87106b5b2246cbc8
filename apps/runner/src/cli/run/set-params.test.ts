import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type WorkflowDocument, readDocument } from '@tessera/graph';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../command.ts';
import { BUNDLED_MODEL_DIR } from '../paths.ts';
import { applyAssignments, parseAssignment } from './set-params.ts';

const catalogue = createNodeCatalogue();
const read = readDocument(
  JSON.parse(readFileSync(join(BUNDLED_MODEL_DIR, 'workflows/poster.json'), 'utf8')),
);
if (!read.ok) throw new Error('the poster workflow should read');
const poster: WorkflowDocument = read.document;

const set = (...texts: string[]) => applyAssignments(poster, texts.map(parseAssignment), catalogue);
const paramsOf = (doc: WorkflowDocument, id: string) => doc.nodes.find((n) => n.id === id)?.params;
const failure = (...texts: string[]): InputError => {
  try {
    set(...texts);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
};

describe('--set node.param=value', () => {
  it('reads each value by the kind of its param', () => {
    const doc = set(
      'decode.steps=8', // int
      'decode.guidance=2.25', // float
      'plan.seed=4294967295', // seed
      'expand.grid=32', // enum of numbers: the number, not the string
      'save.prefix=night-run', // string
      'prompt.text=a "quoted" = sign', // everything after the first "=" is the value
    );
    expect(paramsOf(doc, 'decode')).toEqual({ steps: 8, guidance: 2.25, seed: 0 });
    expect(paramsOf(doc, 'plan')).toMatchObject({ seed: 4294967295 });
    expect(paramsOf(doc, 'expand')).toMatchObject({ grid: 32 });
    expect(paramsOf(doc, 'save')).toEqual({ prefix: 'night-run' });
    expect(paramsOf(doc, 'prompt')).toEqual({ text: 'a "quoted" = sign' });
    expect(paramsOf(poster, 'decode')).toMatchObject({ steps: 20 }); // the original is untouched
  });

  it('refuses an unknown node, naming the nodes there are', () => {
    expect(failure('decoder.steps=2').message).toBe(
      '--set decoder.steps=2: the workflow has no node "decoder" (its nodes: prompt, plan, expand, decode, upscale, save, plan-preview, plan-view).',
    );
  });

  it('refuses an unknown param, naming the params the node has', () => {
    expect(failure('decode.step=2').message).toBe(
      '--set decode.step=2: node "decode" (diffusion.decode) has no param "step" (its params: steps, guidance, seed, model).',
    );
  });

  it('refuses values of the wrong kind or out of bounds', () => {
    expect(failure('decode.steps=2.5').message).toContain(
      'param "steps" (int) expects an integer, got "2.5"',
    );
    expect(failure('decode.guidance=lots').message).toContain('(float) expects a number');
    expect(failure('expand.grid=48').message).toContain('expects one of 32, 64, got "48"');
    expect(failure('plan.seed=-1').message).toContain('param "seed" must be at least 0');
    expect(failure('save.prefix=../up').message).toContain(
      'param "prefix" must be a file name prefix',
    );
  });

  it('lists every assignment that does not fit, not just the first', () => {
    const error = failure('nope.x=1', 'decode.steps=2', 'decode.steps=zero');
    expect(error.message).toBe('2 --set options do not fit:');
    expect(error.details).toHaveLength(2);
    expect(error.details[0]).toContain('nope.x=1');
    expect(error.details[1]).toContain('decode.steps=zero');
  });

  it('needs node.param=value', () => {
    for (const text of ['steps=2', 'decode.steps', '.steps=2', 'decode.=2']) {
      expect(() => parseAssignment(text)).toThrow('expected node.param=value');
    }
    expect(parseAssignment('my.node.steps=2')).toMatchObject({ node: 'my.node', param: 'steps' });
  });
});
