'use client';
// Lets a widget take files dropped anywhere on its node (the Load image node's image): it listens
// on the node's element, the closest `[data-node-id]` above the widget, and calls preventDefault,
// which tells the canvas's FileDropArea not to cover the node nor open the files as a workflow.
import { type RefObject, useEffect, useRef, useState } from 'react';

const carriesFiles = (event: DragEvent): boolean =>
  event.dataTransfer?.types.includes('Files') ?? false;

/** Whether files are being dragged over the node now. */
export function useNodeFileDrop(
  inside: RefObject<HTMLElement | null>,
  onFiles: (files: File[]) => void,
): boolean {
  const [over, setOver] = useState(false);
  const latest = useRef(onFiles);
  useEffect(() => {
    latest.current = onFiles;
  });
  useEffect(() => {
    const node = inside.current?.closest<HTMLElement>('[data-node-id]');
    if (!node) return;
    const take = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setOver(true);
    };
    const leave = (event: DragEvent): void => {
      if (!(event.relatedTarget instanceof Node) || !node.contains(event.relatedTarget))
        setOver(false);
    };
    const drop = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setOver(false);
      latest.current([...(event.dataTransfer?.files ?? [])]);
    };
    node.addEventListener('dragenter', take);
    node.addEventListener('dragover', take);
    node.addEventListener('dragleave', leave);
    node.addEventListener('drop', drop);
    return () => {
      node.removeEventListener('dragenter', take);
      node.removeEventListener('dragover', take);
      node.removeEventListener('dragleave', leave);
      node.removeEventListener('drop', drop);
    };
  }, [inside]);
  return over;
}
