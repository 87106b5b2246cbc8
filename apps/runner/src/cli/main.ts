// The `tessera` executable: wires the real process into the CLI.
import { readEnv } from '../env.ts';
import { runCli } from './cli.ts';
import { processIo } from './process-io.ts';

process.exitCode = await runCli(process.argv.slice(2), processIo(readEnv()));
