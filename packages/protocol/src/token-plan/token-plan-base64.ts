import { base64ToBytes, bytesToBase64 } from './base64.ts';
import { decodeTokenPlan, type DecodeTokenPlanOptions } from './decode-token-plan.ts';
import { encodeTokenPlan } from './encode-token-plan.ts';
import { TokenPlanFormatError } from './token-plan-error.ts';
import type { TokenPlan } from './token-plan.ts';

/** The binary form as base64 text, e.g. for a PNG `tEXt` chunk (`TOKEN_PLAN_PNG_KEYWORD`). */
export function encodeTokenPlanBase64(plan: TokenPlan): string {
  return bytesToBase64(encodeTokenPlan(plan));
}

/** Inverse of `encodeTokenPlanBase64`; bad base64 throws `TokenPlanFormatError` (`bad-base64`). */
export function decodeTokenPlanBase64(text: string, options?: DecodeTokenPlanOptions): TokenPlan {
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(text);
  } catch (error) {
    throw new TokenPlanFormatError('bad-base64', (error as Error).message);
  }
  return decodeTokenPlan(bytes, options);
}
