import type { QuotedText } from '../glyphs/quoted-text.ts';
import type { PipelineModel } from './pipeline-model.ts';

/** What a stage gives the model for a prompt: the caption it tokenizes and the headline it draws. */
export interface ModelPrompt {
  /** The prompt language's canonical caption (the prompt itself for a verbatim package). */
  readonly caption: string;
  /** The headline and its zone, as the same understanding placed it. */
  readonly headline: QuotedText;
}

/**
 * Reads a prompt once with the package's prompt language, so the caption the planner, expander
 * and decoder see and the headline's glyph placement always agree.
 */
export function modelPrompt(
  model: Pick<PipelineModel, 'promptLanguage'>,
  prompt: string,
): ModelPrompt {
  const understood = model.promptLanguage.understand(prompt);
  const { headline } = understood;
  return {
    caption: understood.caption,
    headline:
      headline === null
        ? { text: null, row: 1, col: 1 }
        : { text: headline.text, row: headline.row, col: headline.col },
  };
}
