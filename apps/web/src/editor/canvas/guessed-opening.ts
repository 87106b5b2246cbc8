// A document's opening view before any of its nodes is drawn: their sizes guessed from their
// specs (see estimated-node.ts). Applying it as the document opens means React Flow draws the
// nodes of the opening view first, not those that happen to lie under the previous viewport; the
// view is refined once the drawn nodes are measured.
import type { WorkflowDocument } from '@tessera/graph';
import { estimatedNodeOf } from './estimated-node.ts';
import { type NodeBox, type ScreenSize, type Viewport, openingViewport } from './opening-view.ts';

/** The nodes' boxes: their positions, and sizes guessed from their specs (0 when unknown). */
export function guessedBoxes(doc: WorkflowDocument): NodeBox[] {
  return doc.nodes.map((node) => {
    const guess = estimatedNodeOf(node, doc.components);
    return {
      id: node.id,
      x: node.position?.x ?? 0,
      y: node.position?.y ?? 0,
      width: guess?.initialWidth ?? 0,
      height: guess?.initialHeight ?? 0,
    };
  });
}

/** The opening view of `doc` on a screen of `screen`, from guessed node sizes. */
export function guessedOpeningViewport(doc: WorkflowDocument, screen: ScreenSize): Viewport {
  const links = doc.edges.map((e) => ({ source: e.from.node, target: e.to.node }));
  return openingViewport(guessedBoxes(doc), links, screen);
}
