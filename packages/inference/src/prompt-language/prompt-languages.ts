// The prompt languages a model package can declare (`"promptLanguage"` in model.json), by id.
// An unknown id fails loudly, naming the ones there are.
import type { PromptLanguage } from './understanding.ts';
import { POSTERS_LANGUAGE_ID, understandPosterPrompt } from './understand-posters.ts';
import { VERBATIM_LANGUAGE_ID, verbatimLanguage } from './verbatim-language.ts';

export const postersLanguage: PromptLanguage = {
  id: POSTERS_LANGUAGE_ID,
  summary:
    'posters in everyday words: a background, coloured shapes in zones of a 3×3 grid, one quoted headline and its zone, a white or black footer bar',
  understand: understandPosterPrompt,
};

const LANGUAGES: ReadonlyMap<string, PromptLanguage> = new Map(
  [postersLanguage, verbatimLanguage].map((language) => [language.id, language]),
);

/** Ids of every prompt language this build knows. */
export const PROMPT_LANGUAGE_IDS: readonly string[] = [...LANGUAGES.keys()];

export class UnknownPromptLanguageError extends Error {
  constructor(readonly languageId: string) {
    super(
      `unknown prompt language "${languageId}" (this build knows ${PROMPT_LANGUAGE_IDS.join(', ')})`,
    );
    this.name = 'UnknownPromptLanguageError';
  }
}

/** The language of an id; undefined (a package that declares none) is `verbatim`. */
export function promptLanguage(id: string | undefined): PromptLanguage {
  const language = LANGUAGES.get(id ?? VERBATIM_LANGUAGE_ID);
  if (language === undefined) throw new UnknownPromptLanguageError(id ?? '');
  return language;
}
