// A run at a glance: what it was asked (the prompt), the params that change the picture, and how
// long it took.

interface SummaryParam {
  readonly type: string;
  readonly param: string;
  readonly label: string;
}

/** The params worth showing, in pipeline order. */
const SHOWN: readonly SummaryParam[] = [
  { type: 'ar.plan', param: 'seed', label: 'plan seed' },
  { type: 'ar.plan', param: 'temperature', label: 'temp' },
  { type: 'plan.expand', param: 'grid', label: 'grid' },
  { type: 'diffusion.decode', param: 'steps', label: 'steps' },
  { type: 'diffusion.decode', param: 'guidance', label: 'guidance' },
  { type: 'diffusion.decode', param: 'seed', label: 'decode seed' },
  { type: 'image.upscale', param: 'factor', label: '×' },
];

interface NodeLike {
  readonly type: string;
  readonly params: Readonly<Record<string, unknown>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function nodesOf(document: unknown): NodeLike[] {
  if (!isRecord(document) || !Array.isArray(document.nodes)) return [];
  return (document.nodes as unknown[]).flatMap((node) =>
    isRecord(node) && typeof node.type === 'string'
      ? [{ type: node.type, params: isRecord(node.params) ? node.params : {} }]
      : [],
  );
}

export interface RunSummary {
  /** The first prompt's text, '' when there is none. */
  readonly prompt: string;
  /** e.g. ["plan seed 7", "steps 20", "×4"]. */
  readonly params: readonly string[];
}

export function summarizeRun(document: unknown): RunSummary {
  const nodes = nodesOf(document);
  const promptText = nodes.find((n) => n.type === 'prompt')?.params.text;
  const params: string[] = [];
  for (const shown of SHOWN)
    for (const node of nodes) {
      const value = node.params[shown.param];
      if (node.type !== shown.type || (typeof value !== 'number' && typeof value !== 'string'))
        continue;
      params.push(shown.label === '×' ? `×${value}` : `${shown.label} ${value}`);
    }
  return { prompt: typeof promptText === 'string' ? promptText : '', params };
}
