import { defineNodeSpec } from '@tessera/graph';

export const promptSpec = defineNodeSpec({
  type: 'prompt',
  version: 1,
  title: 'Prompt',
  category: 'input',
  description:
    "The text to draw, in your own words. Text in quotes (\"…\", '…' or “…”) is the text the image must render; the model's prompt language says below the text what it understood.",
  params: [
    {
      name: 'text',
      kind: 'string',
      multiline: true,
      description:
        'What to draw, e.g. a teal poster with a red circle in the top left and the headline "SALE" at the top. Quote the words to render.',
    },
  ],
  inputs: [],
  outputs: [{ name: 'prompt', type: 'PROMPT', description: 'The prompt text.' }],
  output: false,
});
