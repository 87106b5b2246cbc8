'use client';
// A thin progress bar. The fill is scaled, not resized: a transform the compositor applies, so a
// bar that moves costs no layout and no repaint of what is around it. It steps, unanimated: a
// transition per step cost the page four events and their frames.

interface Props {
  /** 0..1. */
  readonly fraction: number;
  readonly label: string;
  /** Unknown length: a sweeping fill instead. */
  readonly indeterminate?: boolean;
}

export function ProgressBar({ fraction, label, indeterminate = false }: Props) {
  return (
    <div
      className={`progress${indeterminate ? ' progress--indeterminate' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(fraction * 100)}
    >
      <div className="progress__fill" style={{ transform: `scaleX(${fraction})` }} />
    </div>
  );
}
