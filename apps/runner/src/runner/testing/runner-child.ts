// A runner as its own process, for tests with real processes: `runner-child.ts '<json>'`.
// Prints `received <node>.<port> <hex>` for every token plan it is given and `sent …` for every
// one it produces, `ready` once connected, `refused: <message>` and exits 3 when the hub refuses it.
import { z } from 'zod';
import { startRunner } from '../start-runner.ts';
import { stopOnSignals } from '../stop-on-signals.ts';
import { timedTokenRegistry } from './timed-tokens.ts';

const zChildConfig = z.object({
  hubUrl: z.string(),
  token: z.string(),
  name: z.string(),
  nodes: z.array(z.string()).optional(),
  modelDir: z.string(),
  outputDir: z.string(),
  graceMs: z.number().optional(),
  /** Print `token <index> <wall-clock ms>` as each plan token is sent (latency benches). */
  timeTokens: z.boolean().optional(),
});

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

const { timeTokens, ...config } = zChildConfig.parse(JSON.parse(process.argv[2] ?? '{}'));
const runner = await startRunner({
  ...config,
  ...(timeTokens ? { registry: timedTokenRegistry((line) => console.log(line)) } : {}),
  heartbeatMs: 500,
  backoff: { minMs: 100, maxMs: 1_000 },
  log: (line) => console.log(line),
  trace: {
    accepted: (offer) => {
      for (const [port, value] of Object.entries(offer.inputs))
        if (value.type === 'TOKEN_PLAN')
          console.log(`received ${offer.nodeId}.${port} ${hex(value.bytes)}`);
    },
    finished: (offer, outputs) => {
      for (const [port, value] of Object.entries(outputs))
        if (value.type === 'TOKEN_PLAN')
          console.log(`sent ${offer.nodeId}.${port} ${hex(value.bytes)}`);
    },
  },
});
stopOnSignals(runner, config.graceMs === undefined ? {} : { graceMs: config.graceMs });
runner.connected.then(
  () => console.log('ready'),
  (error: unknown) => {
    console.log(`refused: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(3);
  },
);
