// After an edit inside a definition (an inner node deleted, or moved into a nested component),
// the definition's inputs, outputs and exposed params that pointed at what the edit removed go
// too, and every instance lets go of them, so the edit leaves no dangling reference. A removed
// port of a nested definition can break its outer definition's port in turn: pruning repeats
// until nothing more breaks. References that were already broken before the edit stay, for
// validation to point at.
import {
  type ComponentDefinition,
  type Components,
  type ExposedParam,
  componentIdOf,
} from './component-schema.ts';
import { fitInstancesToDefinitions } from './fit-instances.ts';
import type { PortRef, WorkflowDocument } from './workflow-schema.ts';

/** A boundary entry a definition lost because what it pointed at went. */
export interface DroppedBoundaryEntry {
  /** The definition's id. */
  readonly component: string;
  readonly kind: 'input' | 'output' | 'param';
  readonly name: string;
  /** The inner node it pointed at. */
  readonly node: string;
  /** The port (or, for a param, the param) of `node` it pointed at. */
  readonly port: string;
  /** `node`: the inner node went; `port`: the inner component node lost the port or param. */
  readonly cause: 'node' | 'port';
}

export interface PrunedDocument {
  readonly document: WorkflowDocument;
  /** What was dropped, in the order definitions and their entries appear. */
  readonly dropped: readonly DroppedBoundaryEntry[];
}

type Side = 'input' | 'output' | 'param';
type Cause = DroppedBoundaryEntry['cause'];

/** Why `target` (a port or param of an inner node on `side`) no longer exists; undefined if it does. */
function brokenCause(
  definition: ComponentDefinition,
  components: Components,
  side: Side,
  node: string,
  name: string,
): Cause | undefined {
  const inner = definition.nodes.find((candidate) => candidate.id === node);
  if (inner === undefined) return 'node';
  const nested = componentIdOf(inner.type);
  const nestedDefinition = nested === undefined ? undefined : components[nested];
  if (nestedDefinition === undefined) return undefined;
  const entries =
    side === 'input'
      ? nestedDefinition.inputs
      : side === 'output'
        ? nestedDefinition.outputs
        : nestedDefinition.params;
  return entries.some((entry) => entry.name === name) ? undefined : 'port';
}

const refKey = (id: string, side: Side, entry: string, node: string, port: string) =>
  [id, side, entry, node, port].join('\n');

/** Every reference of `components`' boundaries that points at nothing, by key, with its cause. */
function brokenReferences(components: Components): Map<string, Cause> {
  const broken = new Map<string, Cause>();
  const check = (id: string, side: Side, entry: string, node: string, port: string) => {
    const cause = brokenCause(components[id]!, components, side, node, port);
    if (cause) broken.set(refKey(id, side, entry, node, port), cause);
  };
  for (const [id, definition] of Object.entries(components)) {
    for (const input of definition.inputs)
      for (const to of input.to) check(id, 'input', input.name, to.node, to.port);
    for (const output of definition.outputs)
      check(id, 'output', output.name, output.from.node, output.from.port);
    for (const param of definition.params)
      check(id, 'param', param.name, param.target.node, param.target.param);
  }
  return broken;
}

/**
 * One round: drops the references broken in `components` but not in `before`. Returns the new
 * definitions (only those that changed) and what they lost.
 */
function pruneRound(
  components: Components,
  before: ReadonlyMap<string, Cause>,
): { changed: Components; dropped: DroppedBoundaryEntry[] } {
  const broken = brokenReferences(components);
  const fresh = (id: string, side: Side, entry: string, node: string, port: string) => {
    const key = refKey(id, side, entry, node, port);
    return before.has(key) ? undefined : broken.get(key);
  };
  const changed: Record<string, ComponentDefinition> = {};
  const dropped: DroppedBoundaryEntry[] = [];
  for (const [id, definition] of Object.entries(components)) {
    const lost = (kind: Side, name: string, ref: PortRef | undefined, cause: Cause | undefined) => {
      if (cause === undefined || ref === undefined) return false;
      dropped.push({ component: id, kind, name, node: ref.node, port: ref.port, cause });
      return true;
    };
    const inputs = definition.inputs.flatMap((input) => {
      const causes = input.to.map((to) => fresh(id, 'input', input.name, to.node, to.port));
      const to = input.to.filter((_, index) => causes[index] === undefined);
      if (to.length === input.to.length) return [input];
      if (to.length > 0) return [{ ...input, to }];
      lost('input', input.name, input.to[0], causes[0]);
      return [];
    });
    const outputs = definition.outputs.filter(
      (output) =>
        !lost(
          'output',
          output.name,
          output.from,
          fresh(id, 'output', output.name, output.from.node, output.from.port),
        ),
    );
    const params = definition.params.filter(
      (param: ExposedParam) =>
        !lost(
          'param',
          param.name,
          { node: param.target.node, port: param.target.param },
          fresh(id, 'param', param.name, param.target.node, param.target.param),
        ),
    );
    const inputsChanged = inputs.some((input, index) => input !== definition.inputs[index]);
    if (
      inputsChanged ||
      inputs.length !== definition.inputs.length ||
      outputs.length !== definition.outputs.length ||
      params.length !== definition.params.length
    )
      changed[id] = { ...definition, inputs, outputs, params };
  }
  return { changed, dropped };
}

/**
 * `after` (an edit of `before`) with the definitions' inputs, outputs and exposed params that
 * the edit left pointing at nothing dropped, and every instance fitted to what remains (see
 * `fitInstancesToDefinitions`). Returns `after` itself when the edit broke no reference.
 */
export function pruneBrokenBoundaries(
  before: WorkflowDocument,
  after: WorkflowDocument,
): PrunedDocument {
  if (after.components === undefined || after.components === before.components)
    return { document: after, dropped: [] };
  const alreadyBroken = brokenReferences(before.components ?? {});
  let document = after;
  const dropped: DroppedBoundaryEntry[] = [];
  // Each round can only break references of definitions that contain the ones it changed, so
  // the rounds end; the bound guards against a loop between definitions (which validation
  // refuses anyway).
  for (let round = 0; round <= Object.keys(after.components).length; round += 1) {
    const result = pruneRound(document.components ?? {}, alreadyBroken);
    const ids = Object.keys(result.changed);
    if (ids.length === 0) break;
    dropped.push(...result.dropped);
    document = fitInstancesToDefinitions(
      { ...document, components: { ...document.components, ...result.changed } },
      ids,
    );
  }
  return { document, dropped };
}
