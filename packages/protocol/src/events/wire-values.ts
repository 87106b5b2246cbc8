// Port values as they travel over Socket.IO: token plans as the binary codec's bytes, images as
// raw pixels, prompts and scalars as themselves.
import { z } from 'zod';
import { lazySchema } from '@tessera/graph';
import { decodeTokenPlan } from '../token-plan/decode-token-plan.ts';
import { encodeTokenPlan } from '../token-plan/encode-token-plan.ts';
import { TokenPlanFormatError } from '../token-plan/token-plan-error.ts';
import type { TokenPlan } from '../token-plan/token-plan.ts';
import { zBytes } from './bytes.ts';

const MAX_IMAGE_SIDE = 16_384;

/** The codec's bytes, checked to decode. */
export const zTokenPlanBytes = lazySchema(() =>
  zBytes.superRefine((bytes, ctx) => {
    try {
      decodeTokenPlan(bytes);
    } catch (error) {
      if (!(error instanceof TokenPlanFormatError)) throw error;
      ctx.addIssue({ code: 'custom', message: `Bad token plan: ${error.message}` });
    }
  }),
);

export const zTokenPlanWire = lazySchema(() =>
  z.object({ type: z.literal('TOKEN_PLAN'), bytes: zTokenPlanBytes }),
);

const zSide = lazySchema(() => z.number().int().min(1).max(MAX_IMAGE_SIDE));

/** 8-bit pixels, row-major, interleaved; `plan` is the plan the image was rendered from. */
export const zImageWire = lazySchema(() =>
  z
    .object({
      type: z.literal('IMAGE'),
      width: zSide,
      height: zSide,
      channels: z.union([z.literal(3), z.literal(4)]),
      data: zBytes,
      plan: zTokenPlanBytes.optional(),
    })
    .refine((image) => image.data.length === image.width * image.height * image.channels, {
      message: 'Image data length must be width × height × channels',
      path: ['data'],
    }),
);

export const zPromptWire = lazySchema(() =>
  z.object({ type: z.literal('PROMPT'), text: z.string().max(100_000) }),
);

export const zScalarWire = lazySchema(() =>
  z.object({
    type: z.literal('SCALAR'),
    value: z.union([z.string().max(100_000), z.number(), z.boolean()]),
  }),
);

export const zWireValue = lazySchema(() =>
  z.union([zTokenPlanWire, zImageWire, zPromptWire, zScalarWire]),
);
export type TokenPlanWire = z.infer<typeof zTokenPlanWire>;
export type ImageWire = z.infer<typeof zImageWire>;
export type WireValue = z.infer<typeof zWireValue>;

/** Output port → value. */
export const zWireValues = lazySchema(() => z.record(z.string().min(1).max(100), zWireValue));
export type WireValues = z.infer<typeof zWireValues>;

/** An image as nodes see it (structurally the `ImageValue` of `@tessera/nodes`). */
export interface WireImageValue {
  readonly width: number;
  readonly height: number;
  readonly channels: 3 | 4;
  readonly data: Uint8Array;
  readonly plan?: TokenPlan;
}

/** A value a node can put on a port and that can travel. */
export type TransportableValue = string | number | boolean | TokenPlan | WireImageValue;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function isTokenPlan(value: unknown): value is TokenPlan {
  return isObject(value) && value.ids instanceof Uint16Array && isObject(value.codebook);
}

function isImage(value: unknown): value is WireImageValue {
  return (
    isObject(value) &&
    value.data instanceof Uint8Array &&
    typeof value.width === 'number' &&
    typeof value.height === 'number' &&
    (value.channels === 3 || value.channels === 4)
  );
}

/**
 * The wire form of a port value of type `portType`. Throws for a value that cannot travel
 * (a token plan the codec refuses, an unknown object). A plan's `alternatives` travel with it
 * (format version 2).
 */
export function toWireValue(portType: string, value: unknown): WireValue {
  if (portType === 'TOKEN_PLAN' && isTokenPlan(value))
    return { type: 'TOKEN_PLAN', bytes: encodeTokenPlan(value) };
  if (portType === 'IMAGE' && isImage(value)) {
    const { width, height, channels, data, plan } = value;
    return {
      type: 'IMAGE',
      width,
      height,
      channels,
      data,
      ...(plan ? { plan: encodeTokenPlan(plan) } : {}),
    };
  }
  if (portType === 'PROMPT' && typeof value === 'string') return { type: 'PROMPT', text: value };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return { type: 'SCALAR', value };
  throw new Error(`A ${portType} value of this shape cannot be sent over the wire`);
}

/** The port value a wire value carries (token plans decoded and checked). */
export function fromWireValue(wire: WireValue): TransportableValue {
  switch (wire.type) {
    case 'TOKEN_PLAN':
      return decodeTokenPlan(wire.bytes);
    case 'IMAGE': {
      const { width, height, channels, data } = wire;
      return {
        width,
        height,
        channels,
        data,
        ...(wire.plan ? { plan: decodeTokenPlan(wire.plan) } : {}),
      };
    }
    case 'PROMPT':
      return wire.text;
    case 'SCALAR':
      return wire.value;
  }
}
