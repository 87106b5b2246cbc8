import { defineNodeSpec } from '@tessera/graph';

export const promptSpec = defineNodeSpec({
  type: 'prompt',
  version: 1,
  title: 'Prompt',
  category: 'input',
  description:
    'The text to draw. Text in quotes ("…", \'…\' or “…”) is the text the image must render.',
  params: [
    {
      name: 'text',
      kind: 'string',
      multiline: true,
      description:
        'What to draw, e.g. teal poster, headline "SALE" at top. Quote the words to render.',
    },
  ],
  inputs: [],
  outputs: [{ name: 'prompt', type: 'PROMPT', description: 'The prompt text.' }],
  output: false,
});
