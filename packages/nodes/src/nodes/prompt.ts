import { defineNode } from '../context/define-node.ts';
import { promptSpec } from '../specs/prompt.ts';

export const promptNode = defineNode(promptSpec, ({ params }) =>
  Promise.resolve({ outputs: { prompt: params.text } }),
);
