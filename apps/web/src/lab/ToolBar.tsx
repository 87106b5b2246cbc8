'use client';
// The tools (with their keys), the current token, copy/paste and the lock presets.
import { activePlan, type Tool, useLab } from './lab-store.ts';
import { invertMask, lockTopRows, lockedCount } from './lock-mask.ts';
import { copySelection, pasteAtSelection } from './clipboard-actions.ts';
import { setLockEdit } from './stage-edits.ts';
import { TokenSwatch } from './TokenSwatch.tsx';

const TOOLS: readonly { tool: Tool; label: string; key: string; hint: string }[] = [
  { tool: 'paint', label: 'Paint', key: 'B', hint: 'Paint cells with the current token' },
  { tool: 'eyedropper', label: 'Pick', key: 'I', hint: 'Pick the token of a cell' },
  {
    tool: 'lock',
    label: 'Lock',
    key: 'L',
    hint: 'Lock cells (kept when resampling); drag to paint the mask',
  },
  { tool: 'select', label: 'Select', key: 'M', hint: 'Select a rectangle to copy' },
];

export function ToolBar() {
  const tool = useLab((s) => s.tool);
  const token = useLab((s) => s.token);
  const selection = useLab((s) => s.selection);
  const clipboard = useLab((s) => s.clipboard);
  const plan = useLab(activePlan);
  const lock = plan?.history.present.lock;
  const locked = lock ? lockedCount(lock) : 0;
  const w = plan?.plan.width ?? 0;
  const h = plan?.plan.height ?? 0;
  return (
    <div className="lab-tools">
      <div className="lab-tools__row" role="toolbar" aria-label="Tools">
        {TOOLS.map((t) => (
          <button
            key={t.tool}
            type="button"
            aria-pressed={tool === t.tool}
            className={tool === t.tool ? 'lab-tool lab-tool--on' : 'lab-tool'}
            title={`${t.hint} (${t.key})`}
            onClick={() => useLab.getState().setTool(t.tool)}
          >
            {t.label} <kbd>{t.key}</kbd>
          </button>
        ))}
      </div>
      <div className="lab-tools__row">
        <span className="lab-muted">Token</span> <TokenSwatch id={token} />
        <span className="spacer" />
        <button
          type="button"
          disabled={!selection}
          onClick={copySelection}
          title="Copy the selection (Ctrl+C)"
        >
          Copy
        </button>
        <button
          type="button"
          disabled={!clipboard || !plan}
          onClick={pasteAtSelection}
          title="Paste at the selection’s corner or the hovered cell (Ctrl+V)"
        >
          Paste{clipboard ? ` ${clipboard.width}×${clipboard.height}` : ''}
        </button>
      </div>
      <div className="lab-tools__row">
        <span className="lab-muted" data-testid="locked-count">
          {locked} locked
        </span>
        <span className="spacer" />
        <button
          type="button"
          disabled={!plan}
          onClick={() => useLab.getState().edit(setLockEdit(lockTopRows(w, h, Math.floor(h / 2))))}
        >
          Lock top half
        </button>
        <button
          type="button"
          disabled={!lock}
          onClick={() => lock && useLab.getState().edit(setLockEdit(invertMask(lock)))}
        >
          Invert
        </button>
        <button
          type="button"
          disabled={locked === 0}
          onClick={() => useLab.getState().edit(setLockEdit(new Uint8Array(w * h)))}
        >
          Clear
        </button>
      </div>
    </div>
  );
}
