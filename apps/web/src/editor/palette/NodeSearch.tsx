'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { NodeSpec } from '@tessera/graph';
import { addPaletteEntry, usePaletteSpecs } from '../component-library/palette-entries.ts';
import { useEditor } from '../state/editor-store.ts';
import { matchingPort, searchSpecs } from './search-specs.ts';
import { type SearchRequest, useNodeSearch } from './search-store.ts';

function place(request: SearchRequest, spec: NodeSpec): void {
  const editor = useEditor.getState();
  const id = addPaletteEntry(spec.type, request.at);
  const link = request.link;
  if (!link || id === undefined) return;
  const port = matchingPort(spec, link);
  if (port === undefined) return;
  if (link.needs === 'input') editor.connect(link, { node: id, port });
  else editor.connect({ node: id, port }, link);
}

/** The node search: type to filter, arrows to move, Enter to add, Escape to close. */
export function NodeSearch() {
  const request = useNodeSearch((s) => s.request);
  const close = useNodeSearch((s) => s.closeSearch);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const specs = usePaletteSpecs();
  const results = useMemo(
    () => (request ? searchSpecs(specs, query, request.link) : []),
    [request, query, specs],
  );
  useEffect(() => {
    setQuery('');
    setActive(0);
    if (request) input.current?.focus();
  }, [request]);
  if (!request) return null;

  const choose = (spec: NodeSpec | undefined): void => {
    if (spec === undefined) return;
    close();
    place(request, spec);
  };
  const style = request.screen
    ? { left: request.screen.x, top: request.screen.y }
    : { left: '50%', top: '20%', transform: 'translateX(-50%)' };
  return (
    <div className="search-backdrop" onMouseDown={close}>
      <div
        className="node-search"
        role="dialog"
        aria-label="Add a node"
        style={style}
        onMouseDown={(e) => e.stopPropagation()}
      >
        <input
          ref={input}
          placeholder={request.link ? `Nodes that take ${request.link.type}…` : 'Search nodes…'}
          aria-label="Search nodes"
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') choose(results[active]);
            else if (e.key === 'Escape') close();
            else return;
            e.preventDefault();
          }}
        />
        <ul role="listbox" aria-label="Node types">
          {results.length === 0 && (
            <li className="node-search__empty">No node matches “{query}”.</li>
          )}
          {results.map((spec, i) => (
            <li
              key={spec.type}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(spec)}
              title={spec.description}
            >
              <span className="node-search__title">{spec.title}</span>
              <span className="node-search__type">{spec.type}</span>
              <span className="node-search__category">{spec.category}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
