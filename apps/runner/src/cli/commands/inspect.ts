import { PNG_TEXT_KEYS } from '@tessera/nodes/specs';
import { parseCommandArgs } from '../args.ts';
import { type Command, EXIT, InputError } from '../command.ts';
import { inspectionJson, renderInspection } from '../inspect/render-inspection.ts';
import { readTesseraPng } from '../inspect/read-tessera-png.ts';
import { userPath } from '../paths.ts';
import { readInputBytes } from '../read-input.ts';

const usage = `Usage: tessera inspect IMAGE.png [--json]

Prints what Tessera embedded in a saved PNG: the workflow (pretty JSON), the run manifest (model
and file hashes, params, seeds) and a summary of the token plan (grid, codebook, first ids).

Options:
      --json     print { "file", "workflow", "run", "plan", "problems" } (the plan with all ids)
  -h, --help     show this help

Exit status: 0 read, 1 a PNG without (readable) Tessera data, 2 unreadable or not a PNG.`;

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'print the workflow, run manifest and plan embedded in a PNG',
  usage,
  async execute(args, io) {
    const { values, positionals } = parseCommandArgs('inspect', args, {
      json: { type: 'boolean' },
    });
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
      throw new InputError('tessera inspect takes one IMAGE.png (see "tessera inspect --help").');
    }
    const path = userPath(io.cwd, file);
    const data = readTesseraPng(file, await readInputBytes(path));
    if (!data.found) {
      const keys = Object.values(PNG_TEXT_KEYS).join(', ');
      io.stderr.write(`${file} is a PNG without Tessera data (no ${keys} chunk).\n`);
      return EXIT.failed;
    }
    io.stdout.write(
      values.json ? inspectionJson(path, data) : renderInspection(data, io.stdout.color),
    );
    for (const problem of data.problems) io.stderr.write(`${file}: ${problem}\n`);
    return data.problems.length > 0 ? EXIT.failed : EXIT.ok;
  },
};
