import {
  type WorkflowDocument,
  groupIntoComponent,
  takeLibraryComponent,
  updateLibraryComponent,
} from '@tessera/graph';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { posterWorkflow } from '@tessera/nodes/testing';
import { describe, expect, it } from 'vitest';
import { useTestCaller } from './test-caller.ts';
import { trpcError } from './test-context.ts';

const t = useTestCaller();

/** The poster with plan and expand grouped into component `planner` (seed exposed). */
function groupedPoster(): WorkflowDocument {
  return groupIntoComponent(posterWorkflow(), ['plan', 'expand'], createNodeCatalogue(), {
    componentId: 'planner',
    name: 'Poster planner',
    category: 'Planning',
    exposed: [{ node: 'plan', param: 'seed' }],
  });
}

/** `doc` with definition `id` changed by `change` and its library source set to `source`. */
function editDefinition(
  doc: WorkflowDocument,
  id: string,
  change: (d: NonNullable<WorkflowDocument['components']>[string]) => object,
): WorkflowDocument {
  const definition = doc.components![id]!;
  return {
    ...doc,
    components: { ...doc.components, [id]: { ...definition, ...change(definition) } },
  };
}

describe('components router', () => {
  it('publishes a component of a document, found in its own library by name and category', async () => {
    const published = await t.caller.components.publish({
      document: groupedPoster(),
      componentId: 'planner',
    });
    expect(published.version).toBe(1);
    const found = await t.caller.components.list({ search: 'planning' });
    expect(found.map((entry) => [entry.name, entry.category, entry.version])).toEqual([
      ['Poster planner', 'Planning', 1],
    ]);
    const { source: _none, ...definition } = groupedPoster().components!.planner!;
    expect(found[0]?.component).toMatchObject({ componentId: 'planner', definition });
    // Components stay out of the workflows' library, and a workflow is not a component.
    expect(await t.caller.workflows.list()).toEqual([]);
    const workflow = await t.caller.workflows.create({
      name: 'Poster',
      document: posterWorkflow(),
    });
    expect((await trpcError(t.caller.components.get({ id: workflow.id }))).code).toBe('NOT_FOUND');
  });

  it('publishes an edited definition as the next version, which a taker updates to', async () => {
    const first = await t.caller.components.publish({
      document: groupedPoster(),
      componentId: 'planner',
    });
    const v1 = await t.caller.components.get({ id: first.id });
    const taker = takeLibraryComponent(
      posterWorkflow(),
      { libraryId: v1.id, version: v1.version, component: v1.component },
      { x: 0, y: 400 },
    );
    const pinned = taker.document.components![taker.instanceId]!;
    expect(pinned.source).toEqual({ componentId: first.id, version: 1 });

    // The author edits the copy in their document (now pinned to version 1) and publishes again.
    const authored = editDefinition(groupedPoster(), 'planner', (d) => ({
      source: { componentId: first.id, version: 1 },
      nodes: d.nodes.map((n) =>
        n.id === 'plan' ? { ...n, params: { ...n.params, seed: 99 } } : n,
      ),
    }));
    const second = await t.caller.components.publish({
      document: authored,
      componentId: 'planner',
    });
    expect(second).toEqual({ id: first.id, version: 2 });
    const v2 = await t.caller.components.get({ id: first.id });
    expect(v2.version).toBe(2);

    const updated = updateLibraryComponent(taker.document, taker.instanceId, {
      libraryId: v2.id,
      version: v2.version,
      component: v2.component,
    });
    const definition = updated.components![taker.instanceId]!;
    expect(definition.source).toEqual({ componentId: first.id, version: 2 });
    expect(definition.nodes.find((n) => n.id === 'plan')?.params).toMatchObject({ seed: 99 });
    // Both versions stay in the component's history, like a workflow's.
    expect((await t.caller.versions.get({ id: first.id, version: 1 })).document).toMatchObject({
      components: { planner: { nodes: expect.any(Array) as unknown } },
    });
  });

  it('refuses to publish over a newer library version, and an unknown definition', async () => {
    const first = await t.caller.components.publish({
      document: groupedPoster(),
      componentId: 'planner',
    });
    const pinnedTo = (version: number) =>
      editDefinition(groupedPoster(), 'planner', () => ({
        source: { componentId: first.id, version },
      }));
    await t.caller.components.publish({ document: pinnedTo(1), componentId: 'planner' });
    const stale = await trpcError(
      t.caller.components.publish({ document: pinnedTo(1), componentId: 'planner' }),
    );
    expect(stale.code).toBe('CONFLICT');
    const unknown = await trpcError(
      t.caller.components.publish({ document: groupedPoster(), componentId: 'nope' }),
    );
    expect(unknown.code).toBe('BAD_REQUEST');
  });

  it('forks a shared component into the forker’s component library', async () => {
    const first = await t.caller.components.publish({
      document: groupedPoster(),
      componentId: 'planner',
    });
    const shared = await t.caller.sharing.setVisibility({ id: first.id, visibility: 'unlisted' });
    const fork = await t.caller.sharing.fork({ slug: shared.shareSlug ?? '' });
    const ids = (await t.caller.components.list()).map((entry) => entry.id);
    expect(ids).toEqual(expect.arrayContaining([first.id, fork.id]));
  });
});
