// @tessera/inference/prompt-language: how a model package reads its prompts. Pure TypeScript, no
// Node built-ins and no onnxruntime, so the editor can show what a prompt says as it is typed.
export type {
  PromptLanguage,
  PromptUnderstanding,
  UnderstoodBlock,
  UnderstoodHeadline,
  UnplacedPart,
} from './understanding.ts';
export {
  PROMPT_LANGUAGE_IDS,
  UnknownPromptLanguageError,
  postersLanguage,
  promptLanguage,
} from './prompt-languages.ts';
export { POSTERS_LANGUAGE_ID, understandPosterPrompt } from './understand-posters.ts';
export { VERBATIM_LANGUAGE_ID } from './verbatim-language.ts';
export { PALETTE_COLOURS, PALETTE_RGB, SHAPES } from './vocabulary.ts';
