'use client';
// Stored outputs the node views fetch: token plans (decoded) and the codebooks, each fetched
// once per page.
import { type TokenPlan, decodeTokenPlan } from '@tessera/protocol';
import { useEffect, useState } from 'react';
import { type Codebook, loadCodebooks } from './codebooks.ts';

const plans = new Map<string, Promise<TokenPlan | null>>();

export const artifactUrl = (artifactId: string): string =>
  `/api/artifacts/${encodeURIComponent(artifactId)}`;

function loadPlan(artifactId: string): Promise<TokenPlan | null> {
  let plan = plans.get(artifactId);
  if (!plan) {
    plan = fetch(artifactUrl(artifactId))
      .then(async (res) =>
        res.ok ? decodeTokenPlan(new Uint8Array(await res.arrayBuffer())) : null,
      )
      .catch(() => null);
    plans.set(artifactId, plan);
  }
  return plan;
}

/** The token plan stored as `artifactId` (undefined: none wanted); null until loaded or if it fails. */
export function useTokenPlanArtifact(artifactId: string | undefined): TokenPlan | null {
  const [loaded, setLoaded] = useState<{ id: string; plan: TokenPlan | null } | null>(null);
  useEffect(() => {
    if (artifactId === undefined) return;
    let live = true;
    void loadPlan(artifactId).then((plan) => {
      if (live) setLoaded({ id: artifactId, plan });
    });
    return () => {
      live = false;
    };
  }, [artifactId]);
  return loaded !== null && loaded.id === artifactId ? loaded.plan : null;
}

/** The model's codebooks once fetched; null before, or when they cannot be had. */
export function useCodebooks(wanted: boolean): readonly Codebook[] | null {
  const [books, setBooks] = useState<readonly Codebook[] | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void loadCodebooks().then((loaded) => {
      if (live) setBooks(loaded);
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return books;
}
