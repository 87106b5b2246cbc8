// A hub as its own process, to be killed mid-run: `hub-child.ts '<json>'` starts a test hub
// (the options of `startTestHub`), queues `enqueue` if given, and prints one line per run event:
// `event <type> <node id or ->`, after `run <id>` and `listening <url>`.
import type { JsonObject } from '@tessera/db';
import { z } from 'zod';
import { startTestHub } from './test-hub.ts';

const zChildConfig = z.object({
  databaseUrl: z.string(),
  dataDir: z.string(),
  token: z.string(),
  port: z.number().int(),
  enqueue: z.record(z.string(), z.unknown()).optional(),
});

const { enqueue, ...options } = zChildConfig.parse(JSON.parse(process.argv[2] ?? '{}'));
const t = await startTestHub(options);
t.hub.bus.subscribe((event) => {
  const node = 'nodeId' in event && event.nodeId !== undefined ? event.nodeId : '-';
  console.log(`event ${event.type} ${node}`);
});
console.log(`listening ${t.url}`);
if (enqueue) {
  const run = await t.hub.enqueue({ document: enqueue as JsonObject });
  console.log(`run ${run.id}`);
}
