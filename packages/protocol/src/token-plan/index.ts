export {
  TOKEN_PLAN_FILE_EXTENSION,
  TOKEN_PLAN_FORMAT_VERSION,
  TOKEN_PLAN_MAGIC,
  TOKEN_PLAN_MAX_ALTERNATIVES,
  TOKEN_PLAN_MAX_SIDE,
  TOKEN_PLAN_MAX_VOCAB,
  TOKEN_PLAN_MEDIA_TYPE,
  TOKEN_PLAN_PNG_KEYWORD,
  type CodebookRef,
  type TokenPlan,
  type TokenPlanAlternatives,
} from './token-plan.ts';
export { TokenPlanFormatError, type TokenPlanErrorCode } from './token-plan-error.ts';
export { assertValidTokenPlan, encodeTokenPlan } from './encode-token-plan.ts';
export { decodeTokenPlan, type DecodeTokenPlanOptions } from './decode-token-plan.ts';
export type { TokenPlanExpectations } from './expectations.ts';
export { base64ToBytes, bytesToBase64 } from './base64.ts';
export { decodeTokenPlanBase64, encodeTokenPlanBase64 } from './token-plan-base64.ts';
export * from './edits/index.ts';
