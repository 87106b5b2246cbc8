// For latency measurements: the core registry with `ar.plan` reporting, just before each plan
// token leaves for the hub, its index and the wall-clock time (ms since the epoch, sub-ms:
// `performance.timeOrigin + performance.now()`, comparable between processes on one machine).
import {
  type NodeContext,
  type NodeImplementation,
  type NodeRegistry,
  builtinNodes,
  createNodeRegistry,
} from '@tessera/nodes';

export const wallClockMs = (): number => performance.timeOrigin + performance.now();

function timed(node: NodeImplementation, log: (line: string) => void): NodeImplementation {
  return {
    spec: node.spec,
    execute: (ctx) => {
      const partial: NodeContext['partial'] = (output) => {
        if (output.kind === 'plan-token') log(`token ${output.index} ${wallClockMs()}`);
        ctx.partial(output);
      };
      const wrapped = new Proxy(ctx, {
        get: (target, key): unknown => (key === 'partial' ? partial : Reflect.get(target, key)),
      });
      return node.execute(wrapped);
    },
  };
}

/** The built-in nodes; `ar.plan` logs `token <index> <wall-clock ms>` for every token. */
export function timedTokenRegistry(log: (line: string) => void): NodeRegistry {
  return createNodeRegistry(
    builtinNodes.map((node) => (node.spec.type === 'ar.plan' ? timed(node, log) : node)),
  );
}
