'use client';
// The canvas area as a drop target for files: an overlay says what can be dropped while files
// are dragged over it; a drop opens the first file (see open-dropped.ts). A target inside that
// takes files itself (an image dropped on a Load image node uploads) calls preventDefault on the
// drag: the overlay then leaves it uncovered and its drop opens nothing here.
import { type DragEvent, type ReactNode, useRef, useState } from 'react';
import { openDroppedFiles } from './open-dropped.ts';
import './drop.css';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer.types.includes('Files');

export function FileDropArea({ className, children }: { className: string; children: ReactNode }) {
  const [over, setOver] = useState(false);
  const [takenBelow, setTakenBelow] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them to know when the drag left.
  const depth = useRef(0);
  const leave = (): void => {
    depth.current = 0;
    setOver(false);
    setTakenBelow(false);
  };
  return (
    <div
      className={className}
      data-testid="file-drop-area"
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        setTakenBelow(event.defaultPrevented);
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!carriesFiles(event)) return;
        depth.current -= 1;
        if (depth.current <= 0) leave();
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        const taken = event.defaultPrevented;
        event.preventDefault();
        leave();
        if (!taken) void openDroppedFiles([...event.dataTransfer.files]);
      }}
    >
      {children}
      {over && !takenBelow && (
        <div className="file-drop" data-testid="drop-overlay" aria-live="polite">
          <p>
            <strong>Drop to open</strong>
          </p>
          <p>
            A workflow (.json) or an image saved by Tessera opens here; a plan (.tplan) opens in the
            Plan Lab. An image dropped on a Load image node is uploaded to it.
          </p>
        </div>
      )}
    </div>
  );
}
