// Counts the viewport changes the user asked for (F, the fit buttons, a pan, a zoom), so that a
// view the editor picks by itself (a document's opening view, see EditorCanvas.tsx) can give way
// to one the user made first.

let moves = 0;

/** How many user viewport changes there have been in this page. */
export function viewportMoves(): number {
  return moves;
}

/** Records a viewport change the user asked for. */
export function noteViewportMove(): void {
  moves += 1;
}
