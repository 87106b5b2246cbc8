import type { EngineEvent, RunResult } from '@tessera/engine';
import { createEngine } from '@tessera/engine';
import type { WorkflowDocument } from '@tessera/graph';
import type { InferenceLogger } from '@tessera/inference';
import { createBuiltinRegistry, createOutputFolder, lazyModelAccess } from '@tessera/nodes';
import { formatDuration } from '@tessera/protocol/format';
import { paint } from '../ansi.ts';
import { EXIT, type ExitCode } from '../command.ts';
import type { CliIo, Output } from '../io.ts';
import { toJsonLine } from './json-lines.ts';
import { lineProgress } from './line-progress.ts';
import { NodeRows } from './node-rows.ts';
import type { ProgressDisplay } from './progress-display.ts';
import { type SavedOutput, savedOutputs } from './saved-files.ts';
import { ttyProgress } from './tty-progress.ts';

export interface RunSettings {
  /** A validated document (the CLI checks it before, to print every problem). */
  readonly workflow: WorkflowDocument;
  /** Absolute. */
  readonly outDir: string;
  /** Absolute; holds model.json. */
  readonly modelDir: string;
  /** Engine events as JSON lines instead of progress bars. */
  readonly json: boolean;
}

/** Inference reports (provider fallbacks) go to stderr, so stdout stays progress or JSON. */
const stderrLogger = (stderr: Output): InferenceLogger => ({
  info: () => {},
  warn: (message, fields) =>
    stderr.write(`[inference] ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}\n`),
});

const jsonDisplay = (out: Output): ProgressDisplay => ({
  event: (event) => out.write(`${toJsonLine(event)}\n`),
  close() {},
});

const megabytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(2)} MB`;

function summary(result: RunResult, saved: readonly SavedOutput[], colour: boolean): string[] {
  const lines: string[] = [];
  const time = formatDuration(result.ms);
  if (result.status === 'succeeded') lines.push(paint('green', `Finished in ${time}.`, colour));
  if (result.status === 'failed') {
    lines.push(paint('red', `Failed after ${time}:`, colour));
    for (const f of result.failures) lines.push(`  ${f.nodeId} (${f.nodeType}): ${f.message}`);
  }
  if (result.status === 'cancelled') {
    lines.push(paint('yellow', `Cancelled after ${time}; no partial file was written.`, colour));
  }
  lines.push(saved.length === 0 ? 'No file saved.' : `Saved ${saved.length} file(s):`);
  for (const file of saved) {
    lines.push(`  ${file.path}  (${file.width}×${file.height}, ${megabytes(file.bytes)})`);
  }
  return lines;
}

/**
 * Runs a workflow in this process with the built-in nodes and a model package, showing progress
 * (bars on a terminal, lines otherwise, JSON lines with `json`), and lists the saved files.
 * Ctrl+C cancels: the engine stops within one model step and nothing partial is written.
 */
export async function executeRun(settings: RunSettings, io: CliIo): Promise<ExitCode> {
  const registry = createBuiltinRegistry();
  const engine = createEngine({
    registry,
    models: lazyModelAccess(settings.modelDir, { logger: stderrLogger(io.stderr) }),
    files: createOutputFolder(settings.outDir),
    cacheBytes: 0, // one run per process: nothing to reuse
  });
  const rows = new NodeRows(settings.workflow, registry.catalogue);
  const display = settings.json
    ? jsonDisplay(io.stdout)
    : io.stdout.isTTY
      ? ttyProgress(rows, io.stdout)
      : lineProgress(rows, io.stdout);
  const events: EngineEvent[] = [];
  const controller = new AbortController();
  const stopListening = io.onInterrupt(() => {
    if (!settings.json) io.stderr.write('\nCancelling (Ctrl+C again to quit at once)…\n');
    controller.abort(new Error('cancelled by the user'));
  });
  let result: RunResult;
  try {
    result = await engine.run({
      workflow: settings.workflow,
      signal: controller.signal,
      onEvent: (event) => {
        events.push(event);
        display.event(event);
      },
    });
  } finally {
    display.close();
    stopListening();
  }
  const saved = savedOutputs(events, settings.outDir);
  const exitCode = result.status === 'succeeded' ? EXIT.ok : EXIT.failed;
  if (settings.json) {
    const { status } = result;
    io.stdout.write(
      `${toJsonLine({ type: 'cli-result', status, exitCode, outDir: settings.outDir, files: saved })}\n`,
    );
  } else {
    io.stdout.write(`${summary(result, saved, io.stdout.color).join('\n')}\n`);
  }
  return exitCode;
}
