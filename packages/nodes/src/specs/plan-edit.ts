import { defineNodeSpec } from '@tessera/graph';

export const planEditSpec = defineNodeSpec({
  type: 'plan.edit',
  version: 1,
  title: 'Edit plan',
  category: 'plan',
  description:
    'Paints cells of a plan with chosen codes and pastes blocks of codes into it, as a list of operations.',
  params: [
    {
      name: 'ops',
      kind: 'string',
      default: '[]',
      multiline: true,
      maxLength: 1_000_000,
      description:
        'A JSON list of operations, applied in order: {"op":"paint","cells":[[row,col],…],"id":N} or {"op":"paint","rect":[row0,col0,row1,col1],"id":N} (corners inclusive), and {"op":"paste","rect":[row0,col0,row1,col1],"ids":[…row-major…],"at":[row,col]} (without "ids", the block is copied from the plan itself).',
    },
  ],
  inputs: [{ name: 'plan', type: 'TOKEN_PLAN', description: 'The plan to edit.' }],
  outputs: [
    {
      name: 'plan',
      type: 'TOKEN_PLAN',
      description:
        'The edited plan: edited cells have probability 1; every cell keeps its alternatives.',
    },
  ],
  output: false,
});
