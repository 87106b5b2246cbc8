// The editor bench's 1,000-node workflows: 50 blocks of 20 nodes, either laid out flat (1,000
// nodes on the canvas) or each block a component of its own (50 component nodes, 1,000 inside).
// A block: one prompt feeding three plan → expand → decode → upscale → save pipelines, the first
// two with a plan preview shown by an image preview.

const BLOCKS = 50;
const PIPELINES = 3;
const PREVIEWED = 2;
const SPACING = { x: 280, y: 360 };
/** Component nodes per row, and flat nodes per row (one block is a 4×5 patch). */
const COMPONENT_COLUMNS = 10;
const FLAT_BLOCK_COLUMNS = 10;
const BLOCK_GRID = { columns: 5, rows: 4 };

interface Node {
  readonly id: string;
  readonly type: string;
  readonly params: Record<string, unknown>;
  position: { x: number; y: number };
}
interface Edge {
  readonly id: string;
  readonly from: { node: string; port: string };
  readonly to: { node: string; port: string };
}

/** One block's 20 nodes and their links, ids suffixed with `suffix`. */
function block(b: number, suffix: string): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  const add = (id: string, type: string, params: Record<string, unknown> = {}): void => {
    const cell = nodes.length;
    nodes.push({
      id: `${id}${suffix}`,
      type,
      params,
      position: {
        x: (cell % BLOCK_GRID.columns) * SPACING.x,
        y: Math.floor(cell / BLOCK_GRID.columns) * SPACING.y,
      },
    });
  };
  const link = (from: string, fromPort: string, to: string, toPort: string): void => {
    edges.push({
      id: `e${edges.length}${suffix}`,
      from: { node: `${from}${suffix}`, port: fromPort },
      to: { node: `${to}${suffix}`, port: toPort },
    });
  };
  add('prompt', 'prompt', { text: `poster number ${b}, headline "NO ${b}"` });
  for (let p = 0; p < PIPELINES; p++) {
    add(`plan${p}`, 'ar.plan', { seed: b * PIPELINES + p });
    add(`expand${p}`, 'plan.expand');
    add(`decode${p}`, 'diffusion.decode');
    add(`upscale${p}`, 'image.upscale');
    add(`save${p}`, 'image.save');
    link('prompt', 'prompt', `plan${p}`, 'prompt');
    link(`plan${p}`, 'plan', `expand${p}`, 'plan');
    link('prompt', 'prompt', `expand${p}`, 'prompt');
    link(`expand${p}`, 'plan', `decode${p}`, 'plan');
    link('prompt', 'prompt', `decode${p}`, 'prompt');
    link(`decode${p}`, 'image', `upscale${p}`, 'image');
    link(`upscale${p}`, 'image', `save${p}`, 'image');
  }
  for (let p = 0; p < PREVIEWED; p++) {
    add(`preview${p}`, 'plan.preview');
    add(`view${p}`, 'image.preview');
    link(`plan${p}`, 'plan', `preview${p}`, 'plan');
    link(`preview${p}`, 'image', `view${p}`, 'image');
  }
  return { nodes, edges };
}

function workflow(name: string, rest: Record<string, unknown>): unknown {
  return {
    format: 'tessera.workflow',
    version: 2,
    name,
    description: 'The editor bench graph.',
    ...rest,
  };
}

/** 1,000 nodes on the canvas: the 50 blocks side by side. */
export function flatThousand(): unknown {
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  const width = BLOCK_GRID.columns * SPACING.x;
  const height = BLOCK_GRID.rows * SPACING.y;
  for (let b = 0; b < BLOCKS; b++) {
    const part = block(b, `_${b}`);
    const at = {
      x: (b % FLAT_BLOCK_COLUMNS) * width,
      y: Math.floor(b / FLAT_BLOCK_COLUMNS) * height,
    };
    for (const node of part.nodes)
      nodes.push({ ...node, position: { x: node.position.x + at.x, y: node.position.y + at.y } });
    edges.push(...part.edges);
  }
  return workflow('Bench: 1000 nodes flat', { nodes, edges });
}

/** 50 component nodes, each block a definition of its own (its prompt shown on the node). */
export function componentThousand(): unknown {
  const components: Record<string, unknown> = {};
  const nodes: Node[] = [];
  for (let b = 0; b < BLOCKS; b++) {
    const part = block(b, '');
    components[`block-${b}`] = {
      name: `Block ${b}`,
      version: 1,
      nodes: part.nodes,
      edges: part.edges,
      inputs: [],
      outputs: [],
      params: [{ name: 'prompt', target: { node: 'prompt', param: 'text' } }],
    };
    nodes.push({
      id: `block_${b}`,
      type: `component:block-${b}`,
      params: { prompt: `poster number ${b}, headline "NO ${b}"` },
      position: {
        x: (b % COMPONENT_COLUMNS) * SPACING.x,
        y: Math.floor(b / COMPONENT_COLUMNS) * SPACING.y,
      },
    });
  }
  return workflow('Bench: 50 components of 20 nodes', { nodes, edges: [], components });
}
