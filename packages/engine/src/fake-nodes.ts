// Fake node types for this package's tests (not exported from the package).
import { defineNodeSpec } from '@tessera/graph';
import { type NodeImplementation, defineNode } from '@tessera/nodes';

/** Node ids in the order their `execute` was called (clear it in `beforeEach`). */
export const executed: string[] = [];
/** What `test.sink` nodes received, in order. */
export const sunk: { node: string; value: unknown }[] = [];

const base = { version: 1, category: 'test', description: '', output: false } as const;

/** Outputs its `value` param. */
const numberNode = defineNode(
  defineNodeSpec({
    ...base,
    type: 'test.number',
    title: 'Number',
    params: [{ name: 'value', kind: 'int', default: 1 }],
    inputs: [],
    outputs: [{ name: 'value', type: 'INT' }],
  }),
  (ctx) => {
    executed.push(ctx.run.nodeId);
    return Promise.resolve({ outputs: { value: ctx.params.value } });
  },
);

/** `a + b + offset`; `b` is optional. */
const addNode = defineNode(
  defineNodeSpec({
    ...base,
    type: 'test.add',
    title: 'Add',
    params: [{ name: 'offset', kind: 'int', default: 0 }],
    inputs: [
      { name: 'a', type: 'INT' },
      { name: 'b', type: 'INT', optional: true },
    ],
    outputs: [{ name: 'sum', type: 'INT' }],
  }),
  (ctx) => {
    executed.push(ctx.run.nodeId);
    const sum = ctx.inputs.a + (ctx.inputs.b ?? 0) + ctx.params.offset;
    return Promise.resolve({ outputs: { sum } });
  },
);

/** An output node: records what it gets (its side effect) and displays nothing. */
const sinkNode = defineNode(
  defineNodeSpec({
    ...base,
    output: true,
    type: 'test.sink',
    title: 'Sink',
    params: [],
    inputs: [{ name: 'value', type: 'ANY' }],
    outputs: [],
  }),
  (ctx) => {
    executed.push(ctx.run.nodeId);
    sunk.push({ node: ctx.run.nodeId, value: ctx.inputs.value });
    return Promise.resolve({ outputs: {} });
  },
);

/**
 * A node with `steps` "model steps" of a millisecond each: checks the signal before each step,
 * then reports progress and a partial output; logs when it starts.
 */
const slowNode = defineNode(
  defineNodeSpec({
    ...base,
    type: 'test.slow',
    title: 'Slow',
    params: [{ name: 'steps', kind: 'int', default: 3, min: 1 }],
    inputs: [{ name: 'value', type: 'INT', optional: true }],
    outputs: [{ name: 'value', type: 'INT' }],
  }),
  async (ctx) => {
    executed.push(ctx.run.nodeId);
    const { steps } = ctx.params;
    ctx.log.info(`${steps} steps`);
    for (let step = 1; step <= steps; step++) {
      ctx.signal.throwIfAborted();
      await new Promise((resolve) => setTimeout(resolve, 1));
      ctx.progress(step, steps);
      ctx.partial({
        kind: 'plan-token',
        index: step - 1,
        id: step,
        probability: 1,
        width: steps,
        height: 1,
      });
    }
    return { outputs: { value: (ctx.inputs.value ?? 0) + steps } };
  },
);

/** Always throws. */
const failNode = defineNode(
  defineNodeSpec({
    ...base,
    type: 'test.fail',
    title: 'Fail',
    params: [],
    inputs: [{ name: 'value', type: 'INT', optional: true }],
    outputs: [{ name: 'value', type: 'INT' }],
  }),
  (ctx) => {
    executed.push(ctx.run.nodeId);
    return Promise.reject(new Error('the model ran out of memory'));
  },
);

/** Outputs `size` bytes (for the cache budget). */
const blobNode = defineNode(
  defineNodeSpec({
    ...base,
    type: 'test.blob',
    title: 'Blob',
    params: [
      { name: 'size', kind: 'int', default: 1000, min: 0 },
      { name: 'fill', kind: 'int', default: 0 },
    ],
    inputs: [],
    outputs: [{ name: 'data', type: 'ANY' }],
  }),
  (ctx) => {
    executed.push(ctx.run.nodeId);
    return Promise.resolve({
      outputs: { data: new Uint8Array(ctx.params.size).fill(ctx.params.fill) },
    });
  },
);

/** Declares an output it never returns (written without `defineNode`, which would catch it). */
const forgetfulNode: NodeImplementation = {
  spec: defineNodeSpec({
    ...base,
    type: 'test.forgetful',
    title: 'Forgetful',
    params: [],
    inputs: [],
    outputs: [{ name: 'value', type: 'INT' }],
  }),
  execute: () => Promise.resolve({ outputs: {} }),
};

export const fakeNodes: readonly NodeImplementation[] = [
  numberNode,
  addNode,
  sinkNode,
  slowNode,
  failNode,
  blobNode,
  forgetfulNode,
];
