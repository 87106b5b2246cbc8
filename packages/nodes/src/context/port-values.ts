import type { PortType } from '@tessera/graph';
import type { TokenPlan, TokenPlanAlternatives } from '@tessera/protocol';

/** A `PROMPT` value: the prompt text. */
export type PromptValue = string;

/** The likeliest codes the planner weighed at each token: `TokenPlan['alternatives']`. */
export type PlanAlternatives = TokenPlanAlternatives;

/**
 * A `TOKEN_PLAN` value: a token plan (a layout plan from the planner carries its alternatives in
 * `alternatives`, which travel with it on the wire, in artifacts and in saved PNGs).
 */
export type TokenPlanValue = TokenPlan;

/** An `IMAGE` value: 8-bit pixels, row-major, interleaved, no padding. */
export interface ImageValue {
  readonly width: number;
  readonly height: number;
  readonly channels: 3 | 4;
  readonly data: Uint8Array;
  /**
   * The token plan this image was rendered from, when there is one: set by `diffusion.decode`
   * (its input plan) and `plan.preview`, carried through by `image.upscale`. `image.save` embeds it.
   */
  readonly plan?: TokenPlan;
}

/** What flows on a port of each type. */
export interface PortValueMap {
  PROMPT: PromptValue;
  TOKEN_PLAN: TokenPlanValue;
  IMAGE: ImageValue;
  INT: number;
  FLOAT: number;
  STRING: string;
  BOOLEAN: boolean;
  ANY: unknown;
}

export type PortValueOf<T extends PortType> = PortValueMap[T];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function isTokenPlan(value: unknown): value is TokenPlanValue {
  return (
    isObject(value) &&
    value.ids instanceof Uint16Array &&
    typeof value.width === 'number' &&
    typeof value.height === 'number' &&
    isObject(value.codebook)
  );
}

function isImage(value: unknown): value is ImageValue {
  if (!isObject(value) || !(value.data instanceof Uint8Array)) return false;
  const { width, height, channels } = value;
  return (
    typeof width === 'number' &&
    typeof height === 'number' &&
    (channels === 3 || channels === 4) &&
    value.data.length === width * height * channels
  );
}

const guards: { readonly [T in PortType]: (value: unknown) => boolean } = {
  PROMPT: (value) => typeof value === 'string',
  TOKEN_PLAN: isTokenPlan,
  IMAGE: isImage,
  INT: (value) => Number.isInteger(value),
  FLOAT: (value) => typeof value === 'number' && Number.isFinite(value),
  STRING: (value) => typeof value === 'string',
  BOOLEAN: (value) => typeof value === 'boolean',
  ANY: () => true,
};

/** Whether `value` has the shape of a `type` value (a cheap structural check, not a deep one). */
export function isPortValue<T extends PortType>(type: T, value: unknown): value is PortValueOf<T> {
  return guards[type](value);
}
