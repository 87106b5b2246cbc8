// A document's opening view before any of its nodes is drawn: their sizes guessed from their
// specs (see estimated-node.ts). Applying it as the document opens means React Flow draws the
// nodes of the opening view first, not those that happen to lie under the previous viewport; the
// view is refined once the drawn nodes are measured.
import type { Components, WorkflowDocument, WorkflowNode } from '@tessera/graph';
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

/** How far a drawn node's measured size may lie from its guess for the guessed view to stand. */
const HELD_WITHIN_PX = 24;
const HELD_WITHIN_RATIO = 0.08;

const near = (measured: number | undefined, guessed: number | undefined): boolean =>
  measured !== undefined &&
  guessed !== undefined &&
  Math.abs(measured - guessed) <= Math.max(HELD_WITHIN_PX, guessed * HELD_WITHIN_RATIO);

/**
 * Whether every drawn node's measured size is close to the size guessed for it: the view worked
 * out from the guesses then stands, and need not be worked out again from the measured sizes.
 */
export function guessesHeld(
  drawn: readonly { node: WorkflowNode; measured?: { width?: number; height?: number } }[],
  components: Components | undefined,
): boolean {
  return drawn.every(({ node, measured }) => {
    const guess = estimatedNodeOf(node, components);
    return (
      near(measured?.width, guess?.initialWidth) && near(measured?.height, guess?.initialHeight)
    );
  });
}
