// What a prompt language makes of a prompt: the structure the editor shows and the pipeline uses.

/** A shape placed in a zone of the 3×3 grid. */
export interface UnderstoodBlock {
  readonly color: string;
  readonly shape: string;
  /** The zone in the training captions' words ("top left", …, "center"). */
  readonly zone: string;
  /** 0 = top, 1 = center, 2 = bottom. */
  readonly row: 0 | 1 | 2;
  /** 0 = left, 1 = center, 2 = right. */
  readonly col: 0 | 1 | 2;
}

/** The quoted text the image must render and where. */
export interface UnderstoodHeadline {
  /** As the model receives it (for tessera-posters: upper case, the glyph atlas's characters). */
  readonly text: string;
  /** As the prompt quotes it. */
  readonly quoted: string;
  readonly zone: string;
  readonly row: 0 | 1 | 2;
  readonly col: 0 | 1 | 2;
}

/** Words of the prompt that name something the language cannot place, and why. */
export interface UnplacedPart {
  readonly words: string;
  readonly reason: string;
}

export interface PromptUnderstanding {
  /** The prompt language's id ("tessera-posters/1"). */
  readonly language: string;
  /** Background colours: one, or two for a top-to-bottom gradient; empty when none is named. */
  readonly background: readonly string[];
  readonly blocks: readonly UnderstoodBlock[];
  readonly headline: UnderstoodHeadline | null;
  /** The footer bar's colour, or null for none. */
  readonly footer: string | null;
  /** Words that play no part (unknown words, sizes, a text colour), in prompt order. */
  readonly ignored: readonly string[];
  /** What the prompt names but the language cannot place. */
  readonly unplaced: readonly UnplacedPart[];
  /** Defaults taken where the prompt says nothing ("no zone for the headline: the center"). */
  readonly notes: readonly string[];
  /** What the model receives: the canonical caption of this understanding. */
  readonly caption: string;
}

/** A prompt language of a model package: how its prompts are read. Pure and deterministic. */
export interface PromptLanguage {
  readonly id: string;
  /** One line for people: what prompts it understands. */
  readonly summary: string;
  understand(text: string): PromptUnderstanding;
}
