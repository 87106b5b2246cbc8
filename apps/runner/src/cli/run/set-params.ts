import {
  type Catalogue,
  type ParamSpec,
  type WorkflowDocument,
  checkParamValue,
} from '@tessera/graph';
import { InputError } from '../command.ts';

/** One `--set node.param=value`, not yet checked against the workflow. */
export interface ParamAssignment {
  readonly text: string;
  readonly node: string;
  readonly param: string;
  readonly raw: string;
}

/** Splits `node.param=value` (the node id is everything before the last dot of the key). */
export function parseAssignment(text: string): ParamAssignment {
  const equals = text.indexOf('=');
  const key = equals < 0 ? '' : text.slice(0, equals);
  const dot = key.lastIndexOf('.');
  if (equals < 0 || dot <= 0 || dot === key.length - 1) {
    throw new InputError(`--set ${text}: expected node.param=value, e.g. decode.steps=8.`);
  }
  return { text, node: key.slice(0, dot), param: key.slice(dot + 1), raw: text.slice(equals + 1) };
}

const INTEGER = /^[+-]?\d+$/;

/** The value `raw` stands for as a value of `param`, or a reason it cannot be one. */
export function parseParamValue(
  param: ParamSpec,
  raw: string,
): { ok: true; value: unknown } | { ok: false; reason: string } {
  switch (param.kind) {
    case 'int':
    case 'seed':
      return INTEGER.test(raw)
        ? { ok: true, value: Number(raw) }
        : { ok: false, reason: `expects an integer, got ${JSON.stringify(raw)}` };
    case 'float': {
      const value = raw.trim() === '' ? NaN : Number(raw);
      return Number.isFinite(value)
        ? { ok: true, value }
        : { ok: false, reason: `expects a number, got ${JSON.stringify(raw)}` };
    }
    case 'boolean':
      return raw === 'true' || raw === 'false'
        ? { ok: true, value: raw === 'true' }
        : { ok: false, reason: `expects true or false, got ${JSON.stringify(raw)}` };
    case 'enum': {
      const option = param.options.find((candidate) => String(candidate) === raw);
      const list = param.options.map((candidate) => String(candidate)).join(', ');
      return option === undefined
        ? { ok: false, reason: `expects one of ${list}, got ${JSON.stringify(raw)}` }
        : { ok: true, value: option };
    }
    case 'string':
      return { ok: true, value: raw };
  }
}

function assignmentError(a: ParamAssignment, doc: WorkflowDocument, catalogue: Catalogue): string {
  const node = doc.nodes.find((candidate) => candidate.id === a.node);
  if (node === undefined) {
    const ids = doc.nodes.map((candidate) => candidate.id).join(', ');
    return `the workflow has no node "${a.node}" (its nodes: ${ids}).`;
  }
  const spec = catalogue.find(node.type);
  if (spec === undefined) return `node "${a.node}" has type "${node.type}", which is unknown.`;
  const param = spec.params.find((candidate) => candidate.name === a.param);
  if (param === undefined) {
    const names = spec.params.map((candidate) => candidate.name).join(', ') || 'none';
    return `node "${a.node}" (${spec.type}) has no param "${a.param}" (its params: ${names}).`;
  }
  const parsed = parseParamValue(param, a.raw);
  if (!parsed.ok) return `param "${a.param}" (${param.kind}) ${parsed.reason}.`;
  const issue = checkParamValue(param, parsed.value);
  return issue === undefined ? '' : `param "${a.param}" ${issue.message}.`;
}

/**
 * A copy of `doc` with every assignment applied, each value parsed by its param's kind and
 * checked against its bounds. Throws one `InputError` listing every assignment that does not fit
 * (unknown node, unknown param, a value of the wrong kind or out of range).
 */
export function applyAssignments(
  doc: WorkflowDocument,
  assignments: readonly ParamAssignment[],
  catalogue: Catalogue,
): WorkflowDocument {
  const errors = assignments.flatMap((a) => {
    const error = assignmentError(a, doc, catalogue);
    return error === '' ? [] : [`--set ${a.text}: ${error}`];
  });
  if (errors.length > 0) {
    throw new InputError(
      errors.length === 1 ? errors[0]! : `${errors.length} --set options do not fit:`,
      errors.length === 1 ? [] : errors,
    );
  }
  const nodes = doc.nodes.map((node) => {
    const mine = assignments.filter((a) => a.node === node.id);
    if (mine.length === 0) return node;
    const spec = catalogue.get(node.type);
    const params = { ...node.params };
    for (const a of mine) {
      const parsed = parseParamValue(
        spec.params.find((p) => p.name === a.param)!,
        a.raw,
      );
      if (parsed.ok) params[a.param] = parsed.value;
    }
    return { ...node, params };
  });
  return { ...doc, nodes };
}
