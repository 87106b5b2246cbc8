import type { Catalogue } from './catalogue.ts';
import {
  type ComponentDefinition,
  MAX_COMPONENT_DEPTH,
  componentIdOf,
  zComponentDefinition,
} from './component-schema.ts';
import { componentSpec, extendCatalogue } from './component-spec.ts';
import { type Arc, findCycles, topologicalOrder } from './graph-order.ts';
import type { NodeSpec } from './node-spec.ts';
import { checkParamValue } from './param-check.ts';
import { canConnect } from './port-types.ts';
import { PROBLEM_CODES, type Problem, problem } from './problems.ts';

export interface ComponentsCheck {
  /** `catalogue` with a spec for every sound definition (type `component:<id>`). */
  readonly catalogue: Catalogue;
  /** True when every definition can be expanded: instances may be flattened. */
  readonly sound: boolean;
}

type Path = (string | number)[];

function boundaryProblem(path: Path, id: string, message: string): Problem {
  return problem(PROBLEM_CODES.BAD_COMPONENT_BOUNDARY, {
    path,
    message: `Component "${id}": ${message}`,
  });
}

function duplicateNames(id: string, definition: ComponentDefinition, problems: Problem[]): void {
  for (const side of ['inputs', 'outputs', 'params'] as const) {
    const seen = new Set<string>();
    definition[side].forEach((entry, index) => {
      if (seen.has(entry.name))
        problems.push(
          boundaryProblem(
            ['components', id, side, index, 'name'],
            id,
            `two ${side} are named "${entry.name}".`,
          ),
        );
      seen.add(entry.name);
    });
  }
}

/** Checks a definition's inputs, outputs and params against its inner nodes' specs. */
function checkBoundary(
  id: string,
  definition: ComponentDefinition,
  catalogue: Catalogue,
  problems: Problem[],
): void {
  const specOf = (node: string): NodeSpec | undefined | null => {
    const inner = definition.nodes.find((candidate) => candidate.id === node);
    return inner === undefined ? null : catalogue.find(inner.type);
  };
  const missing = (path: Path, what: string) =>
    problems.push(boundaryProblem(path, id, `${what}, which it does not contain.`));
  definition.inputs.forEach((input, index) => {
    input.to.forEach((ref, at) => {
      const path = ['components', id, 'inputs', index, 'to', at];
      const spec = specOf(ref.node);
      if (spec === null) return missing(path, `input "${input.name}" feeds node "${ref.node}"`);
      const port = spec?.inputs.find((p) => p.name === ref.port);
      if (spec && !port)
        return missing(path, `input "${input.name}" feeds port "${ref.port}" of "${ref.node}"`);
      if (port && !canConnect(input.type, port.type))
        problems.push(
          boundaryProblem(
            path,
            id,
            `input "${input.name}" (${input.type}) cannot feed "${ref.node}".${ref.port} (${port.type}).`,
          ),
        );
    });
  });
  definition.outputs.forEach((output, index) => {
    const path = ['components', id, 'outputs', index, 'from'];
    const spec = specOf(output.from.node);
    if (spec === null)
      return missing(path, `output "${output.name}" comes from node "${output.from.node}"`);
    const port = spec?.outputs.find((p) => p.name === output.from.port);
    if (spec && !port)
      return missing(
        path,
        `output "${output.name}" comes from port "${output.from.port}" of "${output.from.node}"`,
      );
    if (port && !canConnect(port.type, output.type))
      problems.push(
        boundaryProblem(
          path,
          id,
          `output "${output.name}" (${output.type}) cannot pass on ${port.type}.`,
        ),
      );
  });
  definition.params.forEach((exposed, index) => {
    const path = ['components', id, 'params', index];
    const spec = specOf(exposed.target.node);
    if (spec === null)
      return missing(
        [...path, 'target'],
        `param "${exposed.name}" sets node "${exposed.target.node}"`,
      );
    const param = spec?.params.find((p) => p.name === exposed.target.param);
    if (spec && !param)
      return missing(
        [...path, 'target'],
        `param "${exposed.name}" sets param "${exposed.target.param}" of "${exposed.target.node}"`,
      );
    const issue =
      param && exposed.default !== undefined ? checkParamValue(param, exposed.default) : undefined;
    if (issue)
      problems.push(
        problem(issue.code, {
          path: [...path, 'default'],
          message: `Component "${id}": the default of param "${exposed.name}" ${issue.message}.`,
        }),
      );
  });
  duplicateNames(id, definition, problems);
}

function usedComponents(definition: ComponentDefinition): { id: string; index: number }[] {
  return definition.nodes.flatMap((node, index) => {
    const id = componentIdOf(node.type);
    return id === undefined ? [] : [{ id, index }];
  });
}

/** How deep each definition nests (itself counted), dependencies first. */
function depths(
  order: readonly string[],
  uses: ReadonlyMap<string, readonly string[]>,
): Map<string, number> {
  const depth = new Map<string, number>();
  for (const id of order)
    depth.set(id, 1 + Math.max(0, ...(uses.get(id) ?? []).map((used) => depth.get(used) ?? 0)));
  return depth;
}

/**
 * Checks the document's component definitions: references to unknown definitions, loops between
 * definitions, nesting deeper than `MAX_COMPONENT_DEPTH`, and boundaries (inputs, outputs,
 * exposed params) naming inner nodes, ports or params that do not exist. Malformed definitions
 * are left to the shape check. Returns the catalogue extended with the sound definitions' specs.
 */
export function checkComponents(
  raw: unknown,
  base: Catalogue,
  problems: Problem[],
): ComponentsCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { catalogue: base, sound: raw === undefined };
  const definitions = new Map<string, ComponentDefinition>();
  let sound = true;
  for (const [id, value] of Object.entries(raw)) {
    const parsed = zComponentDefinition.safeParse(value);
    if (parsed.success) definitions.set(id, parsed.data);
    else sound = false;
  }
  const uses = new Map<string, string[]>();
  const arcs: Arc[] = [];
  for (const [id, definition] of definitions) {
    for (const used of usedComponents(definition)) {
      if (!Object.hasOwn(raw, used.id)) {
        sound = false;
        problems.push(
          problem(PROBLEM_CODES.UNKNOWN_COMPONENT, {
            path: ['components', id, 'nodes', used.index, 'type'],
            message: `Component "${id}" uses component "${used.id}", which the document does not define.`,
          }),
        );
      } else {
        uses.set(id, [...(uses.get(id) ?? []), used.id]);
        arcs.push([used.id, id]);
      }
    }
  }
  const ids = [...definitions.keys()];
  for (const cycle of findCycles(ids, arcs)) {
    sound = false;
    const names = cycle.map((id) => `"${id}"`).join(', ');
    problems.push(
      problem(PROBLEM_CODES.COMPONENT_CYCLE, {
        path: ['components', cycle[0]!],
        message:
          cycle.length === 1
            ? `Component ${names} contains itself; a component cannot be inside itself.`
            : `Components ${names} contain each other in a loop; one of them has to stop using the next.`,
      }),
    );
  }
  const ordered = topologicalOrder(ids, arcs);
  if (!ordered.ok) return { catalogue: base, sound: false };
  const depth = depths(ordered.order, uses);
  let catalogue = base;
  for (const id of ordered.order) {
    const definition = definitions.get(id)!;
    if (depth.get(id)! > MAX_COMPONENT_DEPTH) {
      sound = false;
      problems.push(
        problem(PROBLEM_CODES.COMPONENT_TOO_DEEP, {
          path: ['components', id],
          message: `Component "${id}" nests components ${depth.get(id)} levels deep; at most ${MAX_COMPONENT_DEPTH} are allowed.`,
        }),
      );
    }
    checkBoundary(id, definition, catalogue, problems);
    catalogue = extendCatalogue(catalogue, [componentSpec(id, definition, catalogue)]);
  }
  return { catalogue, sound };
}
