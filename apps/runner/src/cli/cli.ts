import { type Command, EXIT, type ExitCode, InputError } from './command.ts';
import { inspectCommand } from './commands/inspect.ts';
import { runCommand } from './commands/run.ts';
import { runnerCommand } from './commands/runner.ts';
import { validateCommand } from './commands/validate.ts';
import type { CliIo } from './io.ts';

export const COMMANDS: readonly Command[] = [
  runCommand,
  validateCommand,
  inspectCommand,
  runnerCommand,
];

const help = () =>
  [
    'Usage: tessera <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(10)}${command.summary}`),
    '',
    'Run "tessera <command> --help" for its options.',
    'Exit status: 0 success, 1 a failed check or run, 2 bad input.',
  ].join('\n');

/**
 * `tessera …`: finds the subcommand and runs it (`--help`/`-h` prints its usage). Bad input (an `InputError`) is reported on
 * stderr with exit 2; anything else thrown is a bug, reported with its stack, exit 1.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout).write(`${help()}\n`);
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    io.stderr.write(`tessera: unknown command "${name}".\n\n${help()}\n`);
    return EXIT.badInput;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.execute(args, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr.write(`tessera ${name}: ${error.message}\n`);
      for (const line of error.details) io.stderr.write(`  ${line}\n`);
      return EXIT.badInput;
    }
    io.stderr.write(
      `tessera ${name}: unexpected error\n${error instanceof Error ? error.stack : String(error)}\n`,
    );
    return EXIT.failed;
  }
}
