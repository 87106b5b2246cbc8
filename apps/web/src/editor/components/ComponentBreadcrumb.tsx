'use client';
import './components.css';
import { useEditor } from '../state/editor-store.ts';

/**
 * Where the canvas is while a component is open: "Workflow › My component", each part a way back
 * out (Escape goes out one level). Nothing at the workflow itself.
 */
export function ComponentBreadcrumb() {
  const path = useEditor((s) => s.path);
  const components = useEditor((s) => s.doc.components);
  if (path.length === 0) return null;
  const leave = (depth: number) => () => useEditor.getState().leaveComponents(depth);
  return (
    <nav className="component-breadcrumb" aria-label="Component path">
      <button type="button" onClick={leave(0)}>
        Workflow
      </button>
      {path.map((open, i) => {
        const name = components?.[open.component]?.name ?? open.component;
        const last = i === path.length - 1;
        return (
          <span key={`${i}-${open.instance}`}>
            <span className="component-breadcrumb__sep" aria-hidden="true">
              ›
            </span>
            {last ? (
              <strong aria-current="page">{name}</strong>
            ) : (
              <button type="button" onClick={leave(i + 1)}>
                {name}
              </button>
            )}
          </span>
        );
      })}
      <span className="component-breadcrumb__hint">
        Edits change every instance · Esc to go back
      </span>
    </nav>
  );
}
