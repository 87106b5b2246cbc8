// What the editor opens first: the workflow the address names, else the local draft, else (on a
// first visit) the poster template, else an empty canvas.
import type { Draft } from './draft.ts';

export type StartPlan =
  | { readonly kind: 'draft'; readonly draft: Draft }
  /** Load the saved workflow; `otherwise` when it cannot be loaded. */
  | { readonly kind: 'saved'; readonly id: string; readonly otherwise: StartPlan }
  | { readonly kind: 'template' }
  | { readonly kind: 'empty' };

export interface StartState {
  /** The workflow id in the address, if any. */
  readonly urlId: string | null;
  readonly draft: Draft | null;
  readonly firstVisit: boolean;
}

export function planStart({ urlId, draft, firstVisit }: StartState): StartPlan {
  const withoutUrl: StartPlan =
    draft === null
      ? { kind: firstVisit ? 'template' : 'empty' }
      : !draft.dirty && draft.savedAs !== null
        ? // Unchanged since saved: the server's copy may be newer (saved from another tab).
          { kind: 'saved', id: draft.savedAs.id, otherwise: { kind: 'draft', draft } }
        : { kind: 'draft', draft };
  if (urlId === null) return withoutUrl;
  // Unsaved changes to this very workflow win over the server's copy.
  if (draft?.dirty === true && draft.savedAs?.id === urlId) return { kind: 'draft', draft };
  const otherwise = withoutUrl.kind === 'saved' ? withoutUrl.otherwise : withoutUrl;
  return { kind: 'saved', id: urlId, otherwise };
}
