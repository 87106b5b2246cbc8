import type { TokenPlan } from '@tessera/protocol';
import { paint } from '../ansi.ts';
import { summarisePlan } from './plan-summary.ts';
import type { TesseraPngData } from './read-tessera-png.ts';
import type { ParsedRunManifest } from './run-manifest-schema.ts';

const heading = (text: string, colour: boolean) => paint('bold', text, colour);

const field = (name: string, value: string) => `  ${name.padEnd(10)}${value}`;

const shortHash = (hash: string) => `${hash.slice(0, 12)}…`;

const paramText = (params: Record<string, unknown>) =>
  Object.entries(params)
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
    .join(' ');

function manifestLines(run: ParsedRunManifest): string[] {
  const seeds = Object.entries(run.seeds).map(([key, value]) => `${key}=${value}`);
  const files = Object.entries(run.model.files);
  const [firstNode, ...otherNodes] = run.nodes.map((node) =>
    `${node.id} (${node.type} v${node.version}) ${paramText(node.params)}`.trimEnd(),
  );
  const [firstFile, ...otherFiles] = files.map(([path, hash]) => `${path}  ${shortHash(hash)}`);
  const indent = (lines: string[]) => lines.map((line) => `${' '.repeat(12)}${line}`);
  return [
    field('tessera', run.tessera),
    field('model', `${run.model.id} revision ${run.model.revision}`),
    ...(firstFile === undefined ? [] : [field('files', firstFile), ...indent(otherFiles)]),
    field('saved by', run.savedBy),
    field('seeds', seeds.length > 0 ? seeds.join(' ') : '(none)'),
    ...(firstNode === undefined ? [] : [field('nodes', firstNode), ...indent(otherNodes)]),
  ];
}

function planLines(plan: TokenPlan): string[] {
  const s = summarisePlan(plan);
  const cb = s.codebook;
  return [
    field(
      'grid',
      `${s.width}×${s.height} tokens of ${s.patchSize} px (${s.pixels.width}×${s.pixels.height} px at decode)`,
    ),
    field(
      'codebook',
      `${cb.modelId}, grid ${cb.grid}, ${cb.vocabSize} codes, sha256 ${shortHash(cb.hash)}`,
    ),
    field(
      'ids',
      `${s.firstIds.join(' ')}${s.tokens > s.firstIds.length ? ` … (${s.tokens} in all)` : ''}`,
    ),
    field('distinct', `${s.distinctIds} codes used`),
    ...(s.meanProbability === undefined
      ? []
      : [field('certainty', `${s.meanProbability.toFixed(3)} mean token probability`)]),
  ];
}

/** The human form of `tessera inspect`: the workflow as pretty JSON, the manifest and the plan. */
export function renderInspection(data: TesseraPngData, colour: boolean): string {
  const sections: string[] = [];
  if (data.workflow !== undefined) {
    sections.push(`${heading('Workflow', colour)}\n${JSON.stringify(data.workflow, null, 2)}`);
  }
  if (data.run !== undefined) {
    sections.push([heading('Run manifest', colour), ...manifestLines(data.run)].join('\n'));
  }
  if (data.plan !== undefined) {
    sections.push([heading('Token plan', colour), ...planLines(data.plan)].join('\n'));
  }
  return `${sections.join('\n\n')}\n`;
}

/** The `--json` form: every chunk parsed, the plan summarised with all of its ids. */
export function inspectionJson(file: string, data: TesseraPngData): string {
  const plan =
    data.plan === undefined ? undefined : { ...summarisePlan(data.plan), ids: [...data.plan.ids] };
  const { workflow, run, problems } = data;
  return `${JSON.stringify({ file, workflow, run, plan, problems }, null, 2)}\n`;
}
