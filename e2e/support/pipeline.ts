// Workflow documents the specs load: the six core nodes wired as a pipeline, laid out in two rows
// so that every node and handle fits a 1600×1000 window at zoom 1.

export interface DocNode {
  readonly id: string;
  readonly type: string;
  readonly params: Record<string, unknown>;
  readonly position?: { readonly x: number; readonly y: number };
  readonly title?: string;
}

export interface DocEdge {
  readonly id: string;
  readonly from: { readonly node: string; readonly port: string };
  readonly to: { readonly node: string; readonly port: string };
}

export interface WorkflowDoc {
  readonly format: 'tessera.workflow';
  readonly version: 2;
  readonly name: string;
  readonly description: string;
  readonly nodes: readonly DocNode[];
  readonly edges: readonly DocEdge[];
}

/** The window the editor specs use: wide enough for the two-row pipeline at zoom 1. */
export const EDITOR_VIEWPORT = { width: 1600, height: 1000 };

/** Where each core node goes (flow coordinates), and how the spec types it into the search. */
export const CORE_NODES = [
  { id: 'prompt', type: 'prompt', query: 'prompt', at: { x: 0, y: 0 } },
  { id: 'plan', type: 'ar.plan', query: 'ar.plan', at: { x: 336, y: 0 } },
  { id: 'expand', type: 'plan.expand', query: 'expand', at: { x: 672, y: 0 } },
  { id: 'decode', type: 'diffusion.decode', query: 'decode', at: { x: 0, y: 432 } },
  { id: 'upscale', type: 'image.upscale', query: 'upscale', at: { x: 336, y: 432 } },
  { id: 'save', type: 'image.save', query: 'save', at: { x: 672, y: 432 } },
] as const;

/** The links of the core pipeline (expand's optional prompt input stays open). */
export const CORE_LINKS = [
  { from: { node: 'prompt', port: 'prompt' }, to: { node: 'plan', port: 'prompt' } },
  { from: { node: 'plan', port: 'plan' }, to: { node: 'expand', port: 'plan' } },
  { from: { node: 'expand', port: 'plan' }, to: { node: 'decode', port: 'plan' } },
  { from: { node: 'prompt', port: 'prompt' }, to: { node: 'decode', port: 'prompt' } },
  { from: { node: 'decode', port: 'image' }, to: { node: 'upscale', port: 'image' } },
  { from: { node: 'upscale', port: 'image' }, to: { node: 'save', port: 'image' } },
] as const;

export const PROMPT = 'teal poster, red circle top left, headline "SALE 50" at top center';

/** The core pipeline as a document; `steps` is the decoder's step count. */
export function pipelineDocument(options: { name?: string; steps?: number } = {}): WorkflowDoc {
  const params: Record<string, Record<string, unknown>> = {
    prompt: { text: PROMPT },
    plan: { seed: 7 },
    expand: { grid: 32 },
    decode: { steps: options.steps ?? 4 },
    upscale: { factor: 2 },
    save: { prefix: 'e2e' },
  };
  return {
    format: 'tessera.workflow',
    version: 2,
    name: options.name ?? 'E2E pipeline',
    description: '',
    nodes: CORE_NODES.map((n) => ({
      id: n.id,
      type: n.type,
      params: params[n.id] ?? {},
      position: n.at,
    })),
    edges: CORE_LINKS.map((link, i) => ({ id: `e${i + 1}`, from: link.from, to: link.to })),
  };
}

/** A JSON file as `setInputFiles` takes it. */
export function jsonFile(
  name: string,
  content: unknown,
): {
  name: string;
  mimeType: string;
  buffer: Buffer;
} {
  const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
  return { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
}
