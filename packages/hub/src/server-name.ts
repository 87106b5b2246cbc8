// The name a server records on the nodes it drives, so a run's timeline says where each ran.
import os from 'node:os';

/** `<host name>:<process id>`: unique among the processes of one machine. */
export function defaultServerName(): string {
  return `${os.hostname()}:${process.pid}`;
}
