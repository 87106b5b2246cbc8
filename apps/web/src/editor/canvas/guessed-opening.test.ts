import { describe, expect, it } from 'vitest';
import { posterDocument } from '../components/test-poster.ts';
import { NODE_WIDTH } from './estimated-node.ts';
import { guessedBoxes, guessedOpeningViewport, guessesHeld } from './guessed-opening.ts';
import { openingViewport } from './opening-view.ts';

describe('guessed opening view', () => {
  const doc = posterDocument();

  it('gives every node its position and a size guessed from its spec', () => {
    const boxes = guessedBoxes(doc);
    expect(boxes.map((b) => b.id)).toEqual(doc.nodes.map((n) => n.id));
    for (const [i, box] of boxes.entries()) {
      expect(box.x).toBe(doc.nodes[i]?.position?.x ?? 0);
      expect(box.width).toBe(NODE_WIDTH);
      expect(box.height).toBeGreaterThan(100);
    }
  });

  it('is the opening view of those boxes and the document links', () => {
    const screen = { width: 1366, height: 700 };
    const links = doc.edges.map((e) => ({ source: e.from.node, target: e.to.node }));
    expect(guessedOpeningViewport(doc, screen)).toEqual(
      openingViewport(guessedBoxes(doc), links, screen),
    );
  });

  it('holds while the drawn nodes measure close to their guesses, not once one is far off', () => {
    const boxes = guessedBoxes(doc);
    const drawn = doc.nodes.map((node, i) => ({
      node,
      measured: { width: boxes[i]!.width, height: boxes[i]!.height + 10 },
    }));
    expect(guessesHeld(drawn, doc.components)).toBe(true);
    const off = drawn.map((d, i) =>
      i === 1
        ? { ...d, measured: { width: d.measured.width, height: d.measured.height + 200 } }
        : d,
    );
    expect(guessesHeld(off, doc.components)).toBe(false);
    expect(guessesHeld([{ node: doc.nodes[0]! }], doc.components)).toBe(false);
  });
});
