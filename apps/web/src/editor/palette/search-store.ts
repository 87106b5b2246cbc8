// Where the node search is open: at a canvas point, maybe continuing a link dropped there.
import type { Position } from '@tessera/graph';
import { create } from 'zustand';
import type { LinkFilter } from './search-specs.ts';

export interface PendingLink extends LinkFilter {
  readonly node: string;
  readonly port: string;
}

export interface SearchRequest {
  /** Where a chosen node goes, in flow coordinates. */
  readonly at: Position;
  /** Where the dialog appears, in screen pixels (centred when absent). */
  readonly screen?: Position;
  readonly link?: PendingLink;
}

interface SearchState {
  readonly request: SearchRequest | null;
  readonly openSearch: (request: SearchRequest) => void;
  readonly closeSearch: () => void;
}

export const useNodeSearch = create<SearchState>()((set) => ({
  request: null,
  openSearch: (request) => set({ request }),
  closeSearch: () => set({ request: null }),
}));
