// One server of a test cluster as its own process (for kill -9): `cluster-hub-child.ts '<json>'`
// with the options of startClusterHub. Prints `ready <url>` once it takes runs, its hub's log
// lines as they come, and stops on SIGTERM.
import { type ClusterHubOptions, startClusterHub } from './cluster-hub.ts';

const options = JSON.parse(process.argv[2] ?? '{}') as ClusterHubOptions;
const server = await startClusterHub(options);
let printed = 0;
const printLogs = (): void => {
  for (const line of server.logs.slice(printed)) console.log(line);
  printed = server.logs.length;
};
setInterval(printLogs, 100).unref();
console.log(`ready ${server.url}`);
process.once('SIGTERM', () => {
  void server.close().finally(() => process.exit(0));
});
