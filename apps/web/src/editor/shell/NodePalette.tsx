'use client';
import type { NodeSpec } from '@tessera/graph';
import { useReactFlow } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { addPaletteEntry, usePaletteSpecs } from '../component-library/palette-entries.ts';
import { searchSpecs } from '../palette/search-specs.ts';

/**
 * The node palette: every type and library component by category, filtered as you type; click
 * adds at the centre.
 */
export function NodePalette() {
  const [query, setQuery] = useState('');
  const flow = useReactFlow();
  const specs = usePaletteSpecs();
  const groups = useMemo(() => {
    const byCategory = new Map<string, NodeSpec[]>();
    for (const spec of searchSpecs(specs, query)) {
      byCategory.set(spec.category, [...(byCategory.get(spec.category) ?? []), spec]);
    }
    return [...byCategory];
  }, [specs, query]);
  const add = (type: string): void => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const centre = pane
      ? { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 }
      : { x: 400, y: 300 };
    addPaletteEntry(type, flow.screenToFlowPosition(centre));
  };
  return (
    <aside className="palette" aria-label="Node palette">
      <input
        type="search"
        placeholder="Filter nodes"
        aria-label="Filter nodes"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      {groups.length === 0 && <p className="empty">No node matches.</p>}
      {groups.map(([category, specs]) => (
        <section key={category}>
          <h3>{category}</h3>
          <ul>
            {specs.map((spec) => (
              <li key={spec.type}>
                <button type="button" title={spec.description} onClick={() => add(spec.type)}>
                  {spec.title}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
