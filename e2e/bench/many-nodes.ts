// A big workflow for the editor bench: `chains` copies of the core pipeline (6 nodes, 6 links
// each), laid out on a grid of COLUMNS nodes per row.

const COLUMNS = 20;
const SPACING = { x: 280, y: 360 };
const CHAIN = [
  ['prompt', 'prompt'],
  ['plan', 'ar.plan'],
  ['expand', 'plan.expand'],
  ['decode', 'diffusion.decode'],
  ['upscale', 'image.upscale'],
  ['save', 'image.save'],
] as const;
const LINKS = [
  ['prompt', 'prompt', 'plan', 'prompt'],
  ['plan', 'plan', 'expand', 'plan'],
  ['expand', 'plan', 'decode', 'plan'],
  ['prompt', 'prompt', 'decode', 'prompt'],
  ['decode', 'image', 'upscale', 'image'],
  ['upscale', 'image', 'save', 'image'],
] as const;

export function manyChains(chains: number): unknown {
  const nodes: unknown[] = [];
  const edges: unknown[] = [];
  for (let c = 0; c < chains; c++) {
    CHAIN.forEach(([base, type], i) => {
      const cell = c * CHAIN.length + i;
      nodes.push({
        id: `${base}_${c}`,
        type,
        params: base === 'prompt' ? { text: `poster number ${c}, headline "NO ${c}"` } : {},
        position: { x: (cell % COLUMNS) * SPACING.x, y: Math.floor(cell / COLUMNS) * SPACING.y },
      });
    });
    LINKS.forEach(([from, fromPort, to, toPort], i) => {
      edges.push({
        id: `e${c}_${i}`,
        from: { node: `${from}_${c}`, port: fromPort },
        to: { node: `${to}_${c}`, port: toPort },
      });
    });
  }
  return {
    format: 'tessera.workflow',
    version: 2,
    name: `${chains * CHAIN.length} nodes`,
    description: 'The editor bench graph.',
    nodes,
    edges,
  };
}
