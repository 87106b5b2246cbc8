import type { ParamSpec } from './node-spec.ts';
import { MAX_SEED } from './seed-range.ts';

export type ParamIssueCode =
  'param_wrong_type' | 'param_out_of_range' | 'param_not_in_list' | 'param_bad_format';

/** Why a value does not fit a param; `message` finishes the sentence "param "x" …". */
export interface ParamIssue {
  readonly code: ParamIssueCode;
  readonly message: string;
}

/** A short, human description of any value, for messages ("got 5", "got an object"). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

function listOptions(options: readonly (string | number)[]): string {
  return options.map((o) => (typeof o === 'string' ? JSON.stringify(o) : String(o))).join(', ');
}

interface Bounds {
  readonly min?: number | undefined;
  readonly max?: number | undefined;
  readonly minExclusive?: boolean | undefined;
  readonly maxExclusive?: boolean | undefined;
}

function describeBounds(b: Bounds): string {
  const low =
    b.min === undefined ? undefined : `${b.minExclusive ? 'greater than' : 'at least'} ${b.min}`;
  const high =
    b.max === undefined ? undefined : `${b.maxExclusive ? 'less than' : 'at most'} ${b.max}`;
  return [low, high].filter((part) => part !== undefined).join(' and ');
}

function inBounds(value: number, b: Bounds): boolean {
  if (b.min !== undefined && (b.minExclusive ? value <= b.min : value < b.min)) return false;
  if (b.max !== undefined && (b.maxExclusive ? value >= b.max : value > b.max)) return false;
  return true;
}

function checkNumber(value: unknown, bounds: Bounds, integer: boolean): ParamIssue | undefined {
  const ok =
    typeof value === 'number' && Number.isFinite(value) && (!integer || Number.isInteger(value));
  if (!ok) {
    const expected = integer ? 'an integer' : 'a number';
    return {
      code: 'param_wrong_type',
      message: `must be ${expected}, got ${describeValue(value)}`,
    };
  }
  if (!inBounds(value, bounds)) {
    return {
      code: 'param_out_of_range',
      message: `must be ${describeBounds(bounds)}, got ${value}`,
    };
  }
  return undefined;
}

/** Effective bounds of a seed param: 0..MAX_SEED, narrowed by the spec's own bounds. */
function seedBounds(param: Bounds): Bounds {
  return {
    min: Math.max(param.min ?? 0, 0),
    max: Math.min(param.max ?? MAX_SEED, MAX_SEED),
    minExclusive: param.minExclusive,
    maxExclusive: param.maxExclusive,
  };
}

/** The regular expression of a string param's `pattern`: the whole value must match. */
export function patternRegExp(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, 'u');
}

/** Checks one value against its param spec; `undefined` when it fits. */
export function checkParamValue(param: ParamSpec, value: unknown): ParamIssue | undefined {
  switch (param.kind) {
    case 'int':
      return checkNumber(value, param, true);
    case 'float':
      return checkNumber(value, param, false);
    case 'seed':
      return checkNumber(value, seedBounds(param), true);
    case 'boolean':
      return typeof value === 'boolean'
        ? undefined
        : {
            code: 'param_wrong_type',
            message: `must be true or false, got ${describeValue(value)}`,
          };
    case 'string':
      if (typeof value !== 'string') {
        return { code: 'param_wrong_type', message: `must be text, got ${describeValue(value)}` };
      }
      if (param.maxLength !== undefined && value.length > param.maxLength) {
        return {
          code: 'param_out_of_range',
          message: `must be at most ${param.maxLength} characters long, got ${value.length}`,
        };
      }
      if (param.pattern !== undefined && !patternRegExp(param.pattern).test(value)) {
        return {
          code: 'param_bad_format',
          message: `must be ${param.patternHint ?? `text matching /${param.pattern}/`}, got ${describeValue(value)}`,
        };
      }
      return undefined;
    case 'enum':
      return param.options.some((option) => option === value)
        ? undefined
        : {
            code: 'param_not_in_list',
            message: `must be one of ${listOptions(param.options)}; got ${describeValue(value)}`,
          };
  }
}
