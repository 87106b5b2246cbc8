// Editing inside a component: the canvas shows an open definition as if it were a document (its
// nodes and edges, the document's definitions for the instances nested in it), and an edit of
// that view is written back into the definition, so every instance of it changes at once.
import { COMPONENT_ID_SEPARATOR, type WorkflowDocument } from '@tessera/graph';

/** A component opened from one of its instances (whose run the canvas shows inside). */
export interface OpenComponent {
  /** The definition's key in the document's `components`. */
  readonly component: string;
  /** The instance it was opened from: a node of the enclosing view. */
  readonly instance: string;
}

/** Open components, outermost first; empty when the canvas shows the workflow itself. */
export type ComponentPath = readonly OpenComponent[];

/**
 * What the canvas shows at `path`: `doc` itself, or the innermost open definition as a document;
 * undefined when the document has no such definition (an undo removed it).
 */
export function viewOf(doc: WorkflowDocument, path: ComponentPath): WorkflowDocument | undefined {
  const open = path.at(-1);
  if (open === undefined) return doc;
  const definition = doc.components?.[open.component];
  if (definition === undefined) return undefined;
  const { sweep: _sweep, ...rest } = doc;
  return { ...rest, nodes: definition.nodes, edges: definition.edges };
}

/**
 * `doc` after the view at `path` became `view`: the open definition takes the view's nodes and
 * edges, and definitions the view added (a component made inside a component) join the
 * document's. Returns `doc` itself when the view did not change.
 */
export function withView(
  doc: WorkflowDocument,
  path: ComponentPath,
  view: WorkflowDocument,
): WorkflowDocument {
  const open = path.at(-1);
  if (open === undefined) return view;
  const definition = doc.components?.[open.component];
  if (definition === undefined) return doc;
  if (
    view.nodes === definition.nodes &&
    view.edges === definition.edges &&
    view.components === doc.components
  )
    return doc;
  return {
    ...doc,
    components: {
      ...doc.components,
      ...view.components,
      [open.component]: { ...definition, nodes: view.nodes, edges: view.edges },
    },
  };
}

/** The path's longest prefix whose definitions the document still holds. */
export function reachablePath(doc: WorkflowDocument, path: ComponentPath): ComponentPath {
  const end = path.findIndex((open) => doc.components?.[open.component] === undefined);
  return end < 0 ? path : path.slice(0, end);
}

/**
 * How a run names the nodes of the view at `path`: `instance/` for each open instance
 * (`outer/inner/`), empty at the workflow itself.
 */
export function flatPrefix(path: ComponentPath): string {
  return path.map((open) => `${open.instance}${COMPONENT_ID_SEPARATOR}`).join('');
}
