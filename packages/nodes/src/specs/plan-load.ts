import { defineNodeSpec } from '@tessera/graph';
import { modelParam } from './model-param.ts';

export const planLoadSpec = defineNodeSpec({
  type: 'plan.load',
  version: 1,
  title: 'Load plan',
  category: 'plan',
  description:
    'A token plan from a .tplan file (or a saved image), kept in the workflow itself, or a stored run output by its artifact id: checked against the model before use.',
  params: [
    {
      name: 'source',
      kind: 'string',
      default: '',
      maxLength: 1_000_000,
      pattern: '[A-Za-z0-9+/]*={0,2}',
      patternHint: 'the base64 of a .tplan file',
      description:
        'The plan: the base64 of its binary form (a .tplan file). The Plan Lab fills it in when you open a plan.',
    },
    {
      name: 'artifact',
      kind: 'string',
      default: '',
      maxLength: 64,
      pattern: '[A-Za-z0-9_-]*',
      patternHint: 'an artifact id (letters, digits, - and _)',
      description:
        'A token plan stored by an earlier run, by its artifact id; the hub reads it for the runner. Wins over source when both are set.',
    },
    modelParam,
  ],
  inputs: [],
  outputs: [
    {
      name: 'plan',
      type: 'TOKEN_PLAN',
      description: 'The plan, with its probabilities and alternatives when it has them.',
    },
  ],
  output: false,
});
