'use client';
import { componentIdOf } from '@tessera/graph';
import { useEffect } from 'react';
import { requestPublish } from '../component-library/library-actions.ts';
import { useEditor } from '../state/editor-store.ts';
import { ExposePortItems } from './ExposePortItems.tsx';
import { requestMakeComponent, ungroupSelection } from './component-actions.ts';
import { closeNodeMenu, useNodeMenu } from './node-menu-store.ts';

/**
 * The right-click menu of a node: make a component of the selection, ungroup, open; inside a
 * component, expose the node's free ports as component ports.
 */
export function NodeContextMenu() {
  const menu = useNodeMenu((s) => s.menu);
  const isComponent = useEditor((s) => {
    const type = s.view.nodes.find((node) => node.id === menu?.nodeId)?.type;
    return type !== undefined && componentIdOf(type) !== undefined;
  });
  useEffect(() => {
    if (menu === null) return;
    const close = (e: Event): void => {
      if (e instanceof KeyboardEvent && e.key !== 'Escape') return;
      if (e.target instanceof Element && e.target.closest('.node-menu')) return;
      closeNodeMenu();
    };
    window.addEventListener('pointerdown', close, true);
    window.addEventListener('keydown', close, true);
    window.addEventListener('wheel', close, true);
    return () => {
      window.removeEventListener('pointerdown', close, true);
      window.removeEventListener('keydown', close, true);
      window.removeEventListener('wheel', close, true);
    };
  }, [menu]);
  if (menu === null) return null;
  const act = (action: () => void) => () => {
    closeNodeMenu();
    action();
  };
  return (
    <div
      className="node-menu"
      role="menu"
      aria-label="Node actions"
      style={{ left: menu.at.x, top: menu.at.y }}
    >
      <button type="button" role="menuitem" onClick={act(requestMakeComponent)}>
        Make component… <kbd>Ctrl+G</kbd>
      </button>
      {isComponent && (
        <>
          <button
            type="button"
            role="menuitem"
            onClick={act(() => useEditor.getState().enterComponent(menu.nodeId))}
          >
            Open component
          </button>
          <button type="button" role="menuitem" onClick={act(ungroupSelection)}>
            Ungroup <kbd>Ctrl+Shift+G</kbd>
          </button>
          <button type="button" role="menuitem" onClick={act(() => requestPublish(menu.nodeId))}>
            Publish to library…
          </button>
        </>
      )}
      <ExposePortItems nodeId={menu.nodeId} act={act} />
    </div>
  );
}
