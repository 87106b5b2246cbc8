// The workflow documents the lab queues: render an edited plan, resample its unlocked cells, and
// the runs of a sweep. Plain JSON in the `tessera.workflow` format; the server validates them.
// Pure: the catalogue comes in as a lookup, so a missing node type is reported, not guessed.

export interface LabNode {
  readonly id: string;
  readonly type: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly position: { readonly x: number; readonly y: number };
}

export interface LabEdge {
  readonly id: string;
  readonly from: { readonly node: string; readonly port: string };
  readonly to: { readonly node: string; readonly port: string };
}

export interface LabDocument {
  readonly format: 'tessera.workflow';
  readonly version: 2;
  readonly name: string;
  readonly description: string;
  readonly nodes: readonly LabNode[];
  readonly edges: readonly LabEdge[];
  /** Run once per value of one param (see the workflow document's `sweep`). */
  readonly sweep?: { readonly node: string; readonly param: string; readonly values: unknown[] };
}

/** Whether the catalogue has a node type. */
export type HasNode = (type: string) => boolean;

/** Node types a lab action needs that the catalogue lacks. */
export const missingTypes = (has: HasNode, types: readonly string[]): string[] =>
  types.filter((t) => !has(t));

/** A stored document read loosely: its nodes' types and params, or null when it is not one. */
export function asLabDocument(value: unknown): LabDocument | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<LabDocument>;
  if (v.format !== 'tessera.workflow' || !Array.isArray(v.nodes) || !Array.isArray(v.edges))
    return null;
  return value as LabDocument;
}

export const nodeOfType = (doc: LabDocument | null, type: string): LabNode | undefined =>
  doc?.nodes.find((n) => n.type === type);

/** The text of the document's first prompt node. */
export function promptOf(doc: LabDocument | null): string | null {
  const text = nodeOfType(doc, 'prompt')?.params.text;
  return typeof text === 'string' ? text : null;
}

/** A chain builder: nodes left to right, edges by port name. */
class Chain {
  readonly nodes: LabNode[] = [];
  readonly edges: LabEdge[] = [];
  add(id: string, type: string, params: Record<string, unknown>, row = 0): string {
    this.nodes.push({ id, type, params, position: { x: this.nodes.length * 320, y: row * 300 } });
    return id;
  }
  link(from: string, fromPort: string, to: string, toPort: string): void {
    this.edges.push({
      id: `e${this.edges.length + 1}`,
      from: { node: from, port: fromPort },
      to: { node: to, port: toPort },
    });
  }
  document(name: string, description: string): LabDocument {
    return {
      format: 'tessera.workflow',
      version: 2,
      name,
      description,
      nodes: this.nodes,
      edges: this.edges,
    };
  }
}

const paramsOf = (doc: LabDocument | null, type: string, fallback: Record<string, unknown>) => ({
  ...fallback,
  ...(nodeOfType(doc, type)?.params ?? {}),
});

/** prompt + plan → (expand when a layout plan) → decode → upscale → save, using `source`'s params. */
function addRenderTail(
  c: Chain,
  plan: string,
  prompt: string,
  layout: boolean,
  source: LabDocument | null,
  keep?: { readonly node: string; readonly lock: string },
) {
  let fine = plan;
  if (layout) {
    const params = paramsOf(source, 'plan.expand', { grid: 64, seed: 0 });
    fine = c.add('expand', 'plan.expand', keep ? { ...params, lock: keep.lock } : params);
    c.link(plan, 'plan', fine, 'plan');
    c.link(prompt, 'prompt', fine, 'prompt');
    if (keep) c.link(keep.node, 'plan', fine, 'keep');
  }
  const decode = c.add('decode', 'diffusion.decode', paramsOf(source, 'diffusion.decode', {}));
  c.link(fine, 'plan', decode, 'plan');
  c.link(prompt, 'prompt', decode, 'prompt');
  const upscale = c.add(
    'upscale',
    'image.upscale',
    paramsOf(source, 'image.upscale', { factor: 4 }),
  );
  c.link(decode, 'image', upscale, 'image');
  const save = c.add('save', 'image.save', { prefix: 'lab' });
  c.link(upscale, 'image', save, 'image');
}

export interface RenderInput {
  /** base64 of the plan as loaded (the edits are replayed by plan.edit when `ops` is given). */
  readonly planBase64: string;
  /** JSON ops for plan.edit; null: `planBase64` already holds the edits. */
  readonly ops: string | null;
  readonly prompt: string;
  /** A 16×16 layout plan (expanded before decoding) rather than a fine plan. */
  readonly layout: boolean;
  /** The workflow the plan came from: its expand/decode/upscale params are reused (cache hits). */
  readonly source: LabDocument | null;
}

export const RENDER_TYPES = ['plan.load'] as const;
export const RESAMPLE_TYPES = ['plan.load', 'plan.resample'] as const;

/** plan.load(source) [→ plan.edit(ops)] → expand → decode → upscale → save. */
export function renderDocument(input: RenderInput): LabDocument {
  const c = new Chain();
  const prompt = c.add('prompt', 'prompt', { text: input.prompt }, 1);
  let plan = c.add('load', 'plan.load', { source: input.planBase64 });
  if (input.ops !== null) {
    const edit = c.add('edit', 'plan.edit', { ops: input.ops });
    c.link(plan, 'plan', edit, 'plan');
    plan = edit;
  }
  addRenderTail(c, plan, prompt, input.layout, input.source);
  return c.document('Plan Lab render', 'Renders a plan edited in the Plan Lab.');
}

export interface ResampleInput {
  readonly planBase64: string;
  readonly prompt: string;
  /** The `lock` param: the lock mask as `encodeLockMask` (@tessera/protocol) writes it. */
  readonly lock: string;
  readonly seed: number;
  readonly temperature?: number;
  readonly topP?: number;
  readonly topK?: number;
  readonly source: LabDocument | null;
  /** base64 of the source run's fine plan: kept under the locked cells when rendering. */
  readonly keepFineBase64?: string | null;
}

/** What a saved workflow adds to a resample: the edits made to its result, and the render prompt. */
export interface ResampleReplay {
  /** JSON ops for plan.edit, replayed on the resampled plan; null: none. */
  readonly ops: string | null;
  /** The prompt the result is rendered with, when it is not the resample's. */
  readonly renderPrompt?: string;
}

/**
 * plan.load → plan.resample(lock, seed, prompt) [→ plan.edit(ops)] → expand (keeping the source
 * fine plan under the locked cells) → decode → upscale → save.
 */
export function resampleDocument(
  input: ResampleInput,
  replay: ResampleReplay = { ops: null },
): LabDocument {
  const c = new Chain();
  const prompt = c.add('prompt', 'prompt', { text: input.prompt }, 1);
  const renderPrompt =
    replay.renderPrompt === undefined || replay.renderPrompt === input.prompt
      ? prompt
      : c.add('render-prompt', 'prompt', { text: replay.renderPrompt }, 2);
  const load = c.add('load', 'plan.load', { source: input.planBase64 });
  const planner = nodeOfType(input.source, 'ar.plan')?.params ?? {};
  const pick = (name: 'temperature' | 'topP' | 'topK') => input[name] ?? planner[name];
  const params: Record<string, unknown> = { lock: input.lock, seed: input.seed };
  for (const name of ['temperature', 'topP', 'topK'] as const)
    if (pick(name) !== undefined) params[name] = pick(name);
  let plan = c.add('resample', 'plan.resample', params);
  c.link(load, 'plan', plan, 'plan');
  c.link(prompt, 'prompt', plan, 'prompt');
  if (replay.ops !== null) {
    const edit = c.add('edit', 'plan.edit', { ops: replay.ops });
    c.link(plan, 'plan', edit, 'plan');
    plan = edit;
  }
  let keep: { node: string; lock: string } | undefined;
  if (input.keepFineBase64) {
    keep = { node: c.add('keep', 'plan.load', { source: input.keepFineBase64 }), lock: input.lock };
  }
  addRenderTail(c, plan, renderPrompt, true, input.source, keep);
  return c.document('Plan Lab resample', 'Resamples the unlocked cells of a plan in the Plan Lab.');
}

export type SweepParam = 'seed' | 'temperature' | 'topP' | 'guidance';

export const SWEEP_PARAMS: Readonly<
  Record<SweepParam, { type: string; label: string; start: number; step: number; integer: boolean }>
> = {
  seed: { type: 'ar.plan', label: 'Seed (planner)', start: 1, step: 1, integer: true },
  temperature: { type: 'ar.plan', label: 'Temperature', start: 0.6, step: 0.2, integer: false },
  topP: { type: 'ar.plan', label: 'Top-p', start: 0.5, step: 0.15, integer: false },
  guidance: {
    type: 'diffusion.decode',
    label: 'Guidance (decoder)',
    start: 1,
    step: 1,
    integer: false,
  },
};

/** `n` values from `start`, `step` apart (rounded to 4 decimals; integers for a seed). */
export function sweepValues(param: SweepParam, start: number, step: number, n: number): number[] {
  const integer = SWEEP_PARAMS[param].integer;
  return Array.from({ length: Math.max(0, Math.floor(n)) }, (_, i) => {
    const v = start + i * step;
    return integer ? Math.round(v) : Math.round(v * 1e4) / 1e4;
  });
}

/** `source` with `param` of its first node of the right type set to `value`; null when it has none. */
export function sweepDocument(
  source: LabDocument,
  param: SweepParam,
  value: number,
): LabDocument | null {
  const type = SWEEP_PARAMS[param].type;
  const target = nodeOfType(source, type);
  if (!target) return null;
  return {
    ...source,
    name: `${source.name} · ${param} ${value}`,
    nodes: source.nodes.map((n) =>
      n === target ? { ...n, params: { ...n.params, [param]: value } } : n,
    ),
  };
}

/**
 * `source` with a sweep of `param` (on its first node of the right type) over `values`: opened in
 * the editor, Run queues one run per value. Null when it has no such node.
 */
export function sweepWorkflow(
  source: LabDocument,
  param: SweepParam,
  values: readonly number[],
): LabDocument | null {
  const target = nodeOfType(source, SWEEP_PARAMS[param].type);
  if (!target) return null;
  return {
    ...source,
    name: `${source.name} · ${param} sweep`,
    sweep: { node: target.id, param, values: [...values] },
  };
}
