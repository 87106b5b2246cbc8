import { hostname } from 'node:os';
import { EXECUTION_PROVIDERS } from '@tessera/inference';
import { startRunner } from '../../runner/start-runner.ts';
import { stopOnSignals } from '../../runner/stop-on-signals.ts';
import { parseCommandArgs } from '../args.ts';
import { type Command, EXIT, InputError } from '../command.ts';
import { BUNDLED_MODEL_DIR, userPath } from '../paths.ts';

const usage = `Usage: tessera runner --hub URL [--token T] [--name NAME] [--nodes ar.plan,plan.expand]
                      [--providers cpu] [--models DIR] [--out DIR]

Connects to a Tessera hub's /runner namespace, advertises the node types it can run (default:
all built-in nodes) and the model package, and executes the node jobs the hub gives it, one at a
time, until SIGTERM/SIGINT (the current job finishes or is handed back).

Options:
      --hub URL          the hub, e.g. http://127.0.0.1:3000
      --token T          the hub's runner token (default: $TESSERA_RUNNER_TOKEN)
      --name NAME        how the hub lists this runner (default: host-pid)
      --nodes LIST       comma-separated node types to advertise
      --providers LIST   execution providers to advertise (default: cpu)
      --models DIR       the model package (default: models/tessera-tiny)
      --out DIR          where image.save writes (default: the data folder's outputs/)
  -h, --help             show this help

Exit status: 0 after a clean shutdown, 1 when the hub refuses the runner, 2 on bad arguments.`;

const list = (value: string | undefined): string[] | undefined =>
  value
    ?.split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

export const runnerCommand: Command = {
  name: 'runner',
  summary: 'serve a hub as a runner',
  usage,
  async execute(args, io) {
    const { values, positionals } = parseCommandArgs('runner', args, {
      hub: { type: 'string' },
      token: { type: 'string' },
      name: { type: 'string' },
      nodes: { type: 'string' },
      providers: { type: 'string' },
      models: { type: 'string' },
      out: { type: 'string' },
    });
    const token = values.token ?? io.runnerToken;
    if (values.hub === undefined || token === undefined || positionals.length > 0) {
      throw new InputError(
        'tessera runner needs --hub URL and a token (--token or TESSERA_RUNNER_TOKEN); see "tessera runner --help".',
      );
    }
    const nodes = list(values.nodes);
    const providers = list(values.providers);
    const unknown = providers?.filter(
      (name) => !EXECUTION_PROVIDERS.some((known) => known === name),
    );
    if (unknown && unknown.length > 0) {
      throw new InputError(
        `Unknown execution provider ${unknown.map((name) => `"${name}"`).join(', ')} (known: ${EXECUTION_PROVIDERS.join(', ')}).`,
      );
    }
    const runner = await startRunner({
      hubUrl: values.hub,
      token,
      name: values.name ?? `${hostname()}-${process.pid}`,
      modelDir: values.models === undefined ? BUNDLED_MODEL_DIR : userPath(io.cwd, values.models),
      outputDir: values.out === undefined ? io.defaultOutDir : userPath(io.cwd, values.out),
      ...(nodes ? { nodes } : {}),
      ...(providers ? { providers } : {}),
      log: (line) => io.stdout.write(`${line}\n`),
    });
    try {
      await runner.connected;
    } catch (error) {
      io.stderr.write(
        `tessera runner: the hub refused this runner: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      await runner.shutdown({ graceMs: 0 });
      return EXIT.failed;
    }
    io.stdout.write(
      `runner ${runner.name} connected to ${values.hub} (${runner.nodeTypes.join(', ')})\n`,
    );
    stopOnSignals(runner);
    // Runs until a signal: stopOnSignals shuts the runner down and exits the process.
    return new Promise<never>(() => undefined);
  },
};
