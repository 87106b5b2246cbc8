import { validate } from '@tessera/graph';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { parseCommandArgs } from '../args.ts';
import { type Command, EXIT, InputError } from '../command.ts';
import { countProblems, formatProblems } from '../format-problems.ts';
import { userPath } from '../paths.ts';
import { readJsonFile } from '../read-input.ts';

const usage = `Usage: tessera validate FILE [--json]

Checks a workflow document against the core node catalogue and prints every problem: severity,
node (or edge), field path, a sentence and its stable code. Warnings (ignored fields and params)
do not fail the check.

Options:
      --json     print { "file", "ok", "problems": [...] } instead
  -h, --help     show this help

Exit status: 0 valid (warnings allowed), 1 at least one error, 2 unreadable or not JSON.`;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a workflow and print every problem',
  usage,
  async execute(args, io) {
    const { values, positionals } = parseCommandArgs('validate', args, {
      json: { type: 'boolean' },
    });
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
      throw new InputError(
        'tessera validate takes one workflow FILE (see "tessera validate --help").',
      );
    }
    const path = userPath(io.cwd, file);
    const result = validate(await readJsonFile(path), createNodeCatalogue());
    const { ok, problems } = result;
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ file: path, ok, problems }, null, 2)}\n`);
    } else {
      const shape = result.document
        ? ` (${result.document.nodes.length} nodes, ${result.document.edges.length} edges)`
        : '';
      const verdict = ok ? 'valid' : 'invalid';
      const counts = problems.length > 0 ? `: ${countProblems(problems)}` : '';
      io.stdout.write(`${file} is ${verdict}${shape}${counts}\n`);
      for (const line of formatProblems(problems)) io.stdout.write(`  ${line}\n`);
    }
    return ok ? EXIT.ok : EXIT.failed;
  },
};
