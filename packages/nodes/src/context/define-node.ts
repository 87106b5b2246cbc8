import { type NodeSpec, type ParamsOf, describeValue, parseParams } from '@tessera/graph';
import type { NodeContext, NodeDisplay, NodeImplementation, NodeResult } from './node-context.ts';
import { isPortValue, type PortValueOf } from './port-values.ts';

type InputSpecOf<S extends NodeSpec> = S['inputs'][number];
type OutputSpecOf<S extends NodeSpec> = S['outputs'][number];

/** The inputs a node receives, typed from its spec: optional inputs may be `undefined`. */
export type InputsOf<S extends NodeSpec> = {
  readonly [I in InputSpecOf<S> as I['name']]: I extends { readonly optional: true }
    ? PortValueOf<I['type']> | undefined
    : PortValueOf<I['type']>;
};

/** The outputs a node returns, typed from its spec. */
export type OutputsOf<S extends NodeSpec> = {
  readonly [O in OutputSpecOf<S> as O['name']]: PortValueOf<O['type']>;
};

/** The context of a node defined with `defineNode`: params and inputs checked and typed. */
export interface TypedNodeContext<S extends NodeSpec> extends Omit<
  NodeContext,
  'params' | 'inputs'
> {
  readonly params: ParamsOf<S>;
  readonly inputs: InputsOf<S>;
}

export interface TypedNodeResult<S extends NodeSpec> {
  readonly outputs: OutputsOf<S>;
  readonly display?: NodeDisplay;
}

/** Thrown when a node is handed an input, or returns an output, that does not fit its spec. */
export class PortValueError extends Error {
  override readonly name = 'PortValueError';
}

function describePortValue(value: unknown): string {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return `an object with ${Object.keys(value).slice(0, 5).join(', ') || 'no keys'}`;
  }
  return describeValue(value);
}

function checkInputs(spec: NodeSpec, inputs: Readonly<Record<string, unknown>>): void {
  for (const input of spec.inputs) {
    const value = inputs[input.name];
    if (value === undefined) {
      if (input.optional === true) continue;
      throw new PortValueError(`input "${input.name}" (${input.type}) has no value`);
    }
    if (!isPortValue(input.type, value)) {
      throw new PortValueError(
        `input "${input.name}" should be ${input.type}, got ${describePortValue(value)}`,
      );
    }
  }
}

function checkOutputs(spec: NodeSpec, outputs: Readonly<Record<string, unknown>>): void {
  for (const output of spec.outputs) {
    const value = outputs[output.name];
    if (!isPortValue(output.type, value)) {
      throw new PortValueError(
        `${spec.type} returned ${value === undefined ? 'no value' : describePortValue(value)} for output "${output.name}" (${output.type})`,
      );
    }
  }
}

/**
 * Declares a node implementation. `execute` gets params parsed against the spec (a bad value
 * throws `ParamsError`) and inputs checked against their port types, both typed from the spec;
 * what it returns is checked against the output ports.
 */
export function defineNode<const S extends NodeSpec>(
  spec: S,
  execute: (ctx: TypedNodeContext<S>) => Promise<TypedNodeResult<S>>,
): NodeImplementation {
  return {
    spec,
    async execute(ctx: NodeContext): Promise<NodeResult> {
      const params = parseParams(spec, ctx.params);
      checkInputs(spec, ctx.inputs);
      const typed: TypedNodeContext<S> = { ...ctx, params, inputs: ctx.inputs as InputsOf<S> };
      const result = await execute(typed);
      checkOutputs(spec, result.outputs);
      return result;
    },
  };
}
