// The language of a package that declares none: the prompt goes to the model as written, and
// the headline is the first quoted text with `at <row> [<col>]` right after it.
import { parseQuotedText } from '../glyphs/quoted-text.ts';
import type { PromptLanguage, PromptUnderstanding } from './understanding.ts';
import { zoneName } from './zones.ts';

export const VERBATIM_LANGUAGE_ID = 'verbatim';

function understandVerbatim(text: string): PromptUnderstanding {
  const quoted = parseQuotedText(text);
  const zone = { row: quoted.row, col: quoted.col };
  return {
    language: VERBATIM_LANGUAGE_ID,
    background: [],
    blocks: [],
    headline:
      quoted.text === null || quoted.text === ''
        ? null
        : { text: quoted.text, quoted: quoted.text, zone: zoneName(zone), ...zone },
    footer: null,
    ignored: [],
    unplaced: [],
    notes: ['the model reads the prompt as written'],
    caption: text,
  };
}

export const verbatimLanguage: PromptLanguage = {
  id: VERBATIM_LANGUAGE_ID,
  summary: 'the prompt as written; the first quoted text, `at <row> [<col>]`, is the headline',
  understand: understandVerbatim,
};
