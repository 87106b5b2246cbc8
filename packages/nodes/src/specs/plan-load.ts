import { defineNodeSpec } from '@tessera/graph';

export const planLoadSpec = defineNodeSpec({
  type: 'plan.load',
  version: 1,
  title: 'Load plan',
  category: 'plan',
  description:
    'A token plan from a .tplan file (or a saved image, or a run), kept in the workflow itself: checked against the model before use.',
  params: [
    {
      name: 'source',
      kind: 'string',
      maxLength: 1_000_000,
      pattern: '[A-Za-z0-9+/]*={0,2}',
      patternHint: 'the base64 of a .tplan file',
      description:
        'The plan: the base64 of its binary form (a .tplan file). The Plan Lab fills it in when you open a plan.',
    },
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
