// The error shapes of ComfyUI's POST /prompt (execution.py's validate_prompt), as clients read
// them: one top-level `error`, and per node a list of `errors` with the outputs they block.

/** One error: `type` is ComfyUI's name for it, `details` the sentence a person acts on. */
export interface ComfyError {
  readonly type: string;
  readonly message: string;
  readonly details: string;
  readonly extra_info: Record<string, unknown>;
}

export interface ComfyNodeError {
  readonly errors: ComfyError[];
  /** The output nodes that cannot run because of this node. */
  readonly dependent_outputs: string[];
  readonly class_type: string;
}

export type ComfyNodeErrors = Record<string, ComfyNodeError>;

/** The 400 body of POST /prompt. */
export interface PromptRejection {
  readonly error: ComfyError;
  readonly node_errors: ComfyNodeErrors;
}

/** ComfyUI's type names, used where Tessera's problem codes map onto them. */
export const COMFY_ERROR_TYPES = {
  invalidPrompt: 'invalid_prompt',
  noOutputs: 'prompt_no_outputs',
  outputsFailed: 'prompt_outputs_failed_validation',
  requiredInputMissing: 'required_input_missing',
  returnTypeMismatch: 'return_type_mismatch',
  smallerThanMin: 'value_smaller_than_min',
  biggerThanMax: 'value_bigger_than_max',
  notInList: 'value_not_in_list',
  invalidInputType: 'invalid_input_type',
  badLinkedInput: 'bad_linked_input',
} as const;

export const comfyError = (
  type: string,
  message: string,
  details = '',
  extraInfo: Record<string, unknown> = {},
): ComfyError => ({ type, message, details, extra_info: extraInfo });

/** A prompt refused as a whole (no node to blame). */
export const wholePromptRejection = (message: string, details = ''): PromptRejection => ({
  error: comfyError(COMFY_ERROR_TYPES.invalidPrompt, message, details),
  node_errors: {},
});
