import { readFileSync, readdirSync } from 'node:fs';
import { validate } from '@tessera/graph';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { describe, expect, it } from 'vitest';
import { documentToApiPrompt } from './document-to-api.ts';
import { translatePrompt } from './translate-prompt.ts';

const catalogue = createNodeCatalogue();
type ApiPrompt = Record<string, { class_type: string; inputs: Record<string, unknown> }>;
const poster = (): ApiPrompt =>
  JSON.parse(
    readFileSync(new URL('../../fixtures/poster.api.json', import.meta.url), 'utf8'),
  ) as ApiPrompt;

function rejection(prompt: unknown) {
  const checked = translatePrompt(prompt, catalogue);
  if (checked.ok) throw new Error('expected the prompt to be refused');
  return checked.rejection;
}

describe('translatePrompt', () => {
  it('turns the poster in API format into a valid document, links by output index', () => {
    const checked = translatePrompt(poster(), catalogue);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(validate(checked.document, catalogue).ok).toBe(true);
    const edges = checked.document.edges as { from: unknown; to: unknown }[];
    expect(edges).toContainEqual(
      expect.objectContaining({
        from: { node: '4', port: 'image' },
        to: { node: '5', port: 'image' },
      }),
    );
    const nodes = checked.document.nodes as { id: string; params: unknown; title?: string }[];
    expect(nodes.find((n) => n.id === '4')).toMatchObject({
      params: { steps: 20, seed: 0 },
      title: 'Decode',
    });
  });

  it('round-trips a document through the API format', () => {
    const checked = translatePrompt(poster(), catalogue);
    if (!checked.ok) throw new Error('poster refused');
    expect(documentToApiPrompt(checked.document, catalogue)).toEqual(
      Object.fromEntries(
        Object.entries(poster()).map(([id, node]) => [
          id,
          expect.objectContaining({ class_type: node.class_type, inputs: node.inputs }),
        ]),
      ),
    );
  });

  it('takes a Tessera workflow document as the prompt', () => {
    const document = JSON.parse(
      readFileSync(
        new URL('../../../../models/tessera-tiny/workflows/poster.json', import.meta.url),
        'utf8',
      ),
    ) as unknown;
    expect(translatePrompt(document, catalogue).ok).toBe(true);
  });

  it('refuses an unknown class_type as a whole-prompt error', () => {
    const prompt = { ...poster(), 9: { class_type: 'KSampler', inputs: {} } };
    const { error, node_errors } = rejection(prompt);
    expect(error).toMatchObject({
      type: 'invalid_prompt',
      message: 'Cannot execute because node KSampler does not exist.',
      details: "Node ID '#9'",
    });
    expect(node_errors).toEqual({});
  });

  it('names the input of a missing link, with the outputs it blocks', () => {
    const prompt = poster();
    delete prompt['5']!.inputs.image;
    const { error, node_errors } = rejection(prompt);
    expect(error.type).toBe('prompt_outputs_failed_validation');
    expect(node_errors['5']).toEqual({
      errors: [
        expect.objectContaining({
          type: 'required_input_missing',
          message: 'Required input is missing',
          extra_info: { input_name: 'image' },
        }),
      ],
      dependent_outputs: ['6'],
      class_type: 'image.upscale',
    });
  });

  it.each([
    ['seed above its max', '2', { seed: 2 ** 33 }, 'value_bigger_than_max', 'seed'],
    ['steps below its min', '4', { steps: 0 }, 'value_smaller_than_min', 'steps'],
    ['a grid not offered', '3', { grid: 48 }, 'value_not_in_list', 'grid'],
    ['a string for a number', '4', { guidance: 'high' }, 'invalid_input_type', 'guidance'],
    ['a value for a port', '5', { image: 'picture.png' }, 'bad_linked_input', 'image'],
    ['a link to a param', '4', { steps: ['1', 0] }, 'bad_linked_input', 'steps'],
    [
      'a link to an output that does not exist',
      '5',
      { image: ['4', 3] },
      'bad_linked_input',
      'image',
    ],
  ])('maps %s to %s', (_, node, inputs, type, inputName) => {
    const prompt = poster();
    Object.assign(prompt[node]!.inputs, inputs);
    const { node_errors } = rejection(prompt);
    const found = node_errors[node]?.errors.find((error) => error.type === type);
    expect(found?.extra_info.input_name).toBe(inputName);
    expect(node_errors[node]?.dependent_outputs).toEqual(['6']);
  });

  it('maps a link between port types that do not fit to return_type_mismatch', () => {
    const prompt = poster();
    prompt['5']!.inputs.image = ['3', 0]; // a plan into an image input
    expect(rejection(prompt).node_errors['5']?.errors[0]?.type).toBe('return_type_mismatch');
  });

  it('refuses a prompt without an output node, and an empty one, with prompt_no_outputs', () => {
    const prompt = poster();
    delete prompt['6'];
    expect(rejection(prompt).error.type).toBe('prompt_no_outputs');
    expect(rejection({}).error.type).toBe('prompt_no_outputs');
  });

  const corpus = new URL('../../../graph/fixtures/malformed/', import.meta.url);
  it.each(readdirSync(corpus).filter((name) => name.endsWith('.json')))(
    'refuses the malformed workflow %s with an error and node_errors, never a throw',
    (name) => {
      const document: unknown = JSON.parse(readFileSync(new URL(name, corpus), 'utf8'));
      const { error, node_errors } = rejection(document);
      expect(error.type).toMatch(
        /^(invalid_prompt|prompt_no_outputs|prompt_outputs_failed_validation)$/,
      );
      expect(error.details.length + error.message.length).toBeGreaterThan(20);
      expect(typeof node_errors).toBe('object');
    },
  );
});
