import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { parseCommandArgs } from '../args.ts';
import { type Command, InputError } from '../command.ts';
import { formatProblems } from '../format-problems.ts';
import { checkRunnable, loadWorkflow } from '../load-workflow.ts';
import { BUNDLED_MODEL_DIR, userPath } from '../paths.ts';
import { executeRun } from '../run/execute-run.ts';
import { applyAssignments, parseAssignment } from '../run/set-params.ts';

const usage = `Usage: tessera run FILE [--out DIR] [--set node.param=value …] [--json] [--models DIR]

Runs a workflow in this process (no server) with the built-in nodes and a model package, with a
progress bar per node, and lists the files it saved.

Options:
  -o, --out DIR          where image.save writes (default: data/outputs in the repository,
                         or $TESSERA_DATA_DIR/outputs)
  -s, --set NODE.PARAM=VALUE
                         override a param for this run; repeatable. The value is read by the
                         param's kind (int, float, seed, boolean, enum, string)
      --json             print engine events as JSON lines (plan tokens included, pixel and id
                         arrays summarised), then one "cli-result" line with the saved files
      --models DIR       the model package (default: models/tessera-tiny)
  -h, --help             show this help

Exit status: 0 finished, 1 failed or cancelled (Ctrl+C), 2 unreadable or invalid input.

Examples:
  pnpm tessera run models/tessera-tiny/workflows/poster.json
  pnpm tessera run poster.json --out /tmp/posters --set plan.seed=42 --set decode.steps=8
  pnpm tessera run poster.json --json | jq -c 'select(.type == "node-finished")'`;

export const runCommand: Command = {
  name: 'run',
  summary: 'run a workflow in-process and save its images',
  usage,
  async execute(args, io) {
    const { values, positionals } = parseCommandArgs('run', args, {
      out: { type: 'string', short: 'o' },
      set: { type: 'string', short: 's', multiple: true },
      json: { type: 'boolean' },
      models: { type: 'string' },
    });
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
      throw new InputError('tessera run takes one workflow FILE (see "tessera run --help").');
    }
    const assignments = (values.set ?? []).map(parseAssignment);
    const modelDir =
      values.models === undefined ? BUNDLED_MODEL_DIR : userPath(io.cwd, values.models);
    if (!existsSync(join(modelDir, 'model.json'))) {
      throw new InputError(`${modelDir} is not a model package (it has no model.json).`);
    }
    const path = userPath(io.cwd, file);
    const catalogue = createNodeCatalogue();
    const loaded = await loadWorkflow(path);
    const { document, warnings } = checkRunnable(
      path,
      applyAssignments(loaded, assignments, catalogue),
      catalogue,
    );
    for (const line of formatProblems(warnings)) io.stderr.write(`${line}\n`);
    const outDir = values.out === undefined ? io.defaultOutDir : userPath(io.cwd, values.out);
    return executeRun({ workflow: document, outDir, modelDir, json: values.json ?? false }, io);
  },
};
