// JSON-RPC 2.0 over stdio, one object a line, as the Prisma CLI speaks to its schema engine.
import readline from 'node:readline';
import { messageOf, prismaCodeOf } from './log.mjs';
import { lastPanicMessage, webAssembly } from './wasm.mjs';

/** @typedef {{ print(content: string): Promise<void> }} Rpc */
/** @typedef {(method: string, params: unknown, rpc: Rpc) => Promise<unknown>} Handler */

/** @param {unknown} error */
function isPanic(error) {
  return error instanceof webAssembly.RuntimeError;
}

/** @param {unknown} error */
function rpcError(error) {
  const panic = isPanic(error);
  const code = prismaCodeOf(error);
  const data = {
    is_panic: panic,
    message: (panic && lastPanicMessage()) || messageOf(error),
    backtrace: error instanceof Error ? error.stack : undefined,
    ...(code ? { error_code: code, meta: {} } : {}),
  };
  return { code: 4466, message: 'An error happened. Check the data field for details.', data };
}

/**
 * @param {unknown} value
 * @returns {{ id?: unknown, method?: unknown, params?: unknown }}
 */
function asMessage(value) {
  return typeof value === 'object' && value !== null ? value : {};
}

/**
 * Serves requests one at a time until stdin closes. The handler may ask the CLI to print
 * (the native engine prints diff scripts that way).
 * @param {Handler} handle
 * @returns {Promise<void>}
 */
export function serveRpc(handle) {
  let nextId = 1_000_000;
  /** @type {Map<unknown, () => void>} */
  const waiting = new Map();
  /** @param {unknown} message */
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  /** @type {Rpc} */
  const rpc = {
    print: (content) =>
      new Promise((resolve) => {
        const id = nextId++;
        waiting.set(id, resolve);
        send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
      }),
  };
  let queue = Promise.resolve();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (!line.trim()) return;
    /** @type {unknown} */
    let parsed;
    try {
      parsed = JSON.parse(line);
    } catch {
      send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
      return;
    }
    const message = asMessage(parsed);
    const reply = waiting.get(message.id);
    if (message.method === undefined && reply) {
      waiting.delete(message.id);
      reply();
      return;
    }
    queue = queue.then(async () => {
      try {
        const result = await handle(String(message.method), message.params ?? {}, rpc);
        send({ jsonrpc: '2.0', id: message.id, result: result ?? {} });
      } catch (error) {
        send({ jsonrpc: '2.0', id: message.id, error: rpcError(error) });
        if (isPanic(error)) process.exit(101);
      }
    });
  });
  return new Promise((resolve) => lines.on('close', () => void queue.then(resolve)));
}
