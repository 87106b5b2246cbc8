'use client';
// A token shown as its colour-map colour and its id.
import { codeColor, cssColor } from '../editor/run/plan-colors.ts';

export function TokenSwatch({ id }: { id: number }) {
  return (
    <span className="lab-swatch">
      <span className="lab-swatch__chip" style={{ background: cssColor(codeColor(id)) }} />#{id}
    </span>
  );
}
