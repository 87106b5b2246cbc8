import { type ParseArgsConfig, parseArgs } from 'node:util';
import { InputError } from './command.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `parseArgs` in strict mode with positionals, its errors turned into `InputError`s that point
 * at the command's help.
 */
export function parseCommandArgs<const O extends Options>(
  command: string,
  args: readonly string[],
  options: O,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`${reason} (see "tessera ${command} --help").`);
  }
}
