// `tessera validate` on a workflow whose planner and expander are one component node.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { groupIntoComponent, readDocument } from '@tessera/graph';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_MODEL_DIR } from '../paths.ts';
import { spawnCli } from '../testing/spawn-cli.ts';

let dir: string;
let grouped: ReturnType<typeof groupIntoComponent>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-validate-components-'));
  const read = readDocument(
    JSON.parse(await readFile(join(BUNDLED_MODEL_DIR, 'workflows/poster.json'), 'utf8')),
  );
  if (!read.ok) throw new Error('the bundled poster does not read');
  grouped = groupIntoComponent(read.document, ['plan', 'expand'], createNodeCatalogue(), {
    componentId: 'planner',
    name: 'Plan and expand',
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('tessera validate with components', { timeout: 60_000 }, () => {
  it('accepts the poster with its planner and expander grouped', async () => {
    const path = join(dir, 'grouped.json');
    await writeFile(path, JSON.stringify(grouped));
    const { code, stdout } = await spawnCli(['validate', path]);
    expect(stdout).toBe(`${path} is valid (7 nodes, 8 edges)\n`);
    expect(code).toBe(0);
  });

  it('points a problem inside the component at the component node and the inner node', async () => {
    const path = join(dir, 'broken.json');
    const definition = grouped.components!.planner!;
    const plan = definition.nodes.find((node) => node.id === 'plan')!;
    const broken = {
      ...grouped,
      components: {
        planner: {
          ...definition,
          nodes: definition.nodes.map((n) => (n === plan ? { ...n, params: { seed: -1 } } : n)),
        },
      },
    };
    await writeFile(path, JSON.stringify(broken));
    const { code, stdout } = await spawnCli(['validate', path]);
    expect(stdout).toMatch(
      /error +node planner +nodes\[1\] +Inside component node "planner" .*"planner\/plan".*\[param_out_of_range\]/,
    );
    expect(code).toBe(1);
  });
});
