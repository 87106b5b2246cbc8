// Copy the selection of the active plan; paste the copied block into the active plan (this one
// or another of the same codebook) at the selection's corner, else at the hovered cell.
import { activePlan, useLab } from './lab-store.ts';
import { copyRect } from './plan-grid.ts';
import { pasteEdit } from './stage-edits.ts';

export function copySelection(): void {
  const lab = useLab.getState();
  const plan = activePlan(lab);
  if (!plan || !lab.selection) return;
  lab.setClipboard(copyRect(plan.history.present.ids, plan.plan.width, lab.selection));
  lab.notify('info', `Copied ${lab.selection.width}×${lab.selection.height} cells.`);
}

export function pasteAtSelection(): void {
  const lab = useLab.getState();
  const plan = activePlan(lab);
  const clip = lab.clipboard;
  if (!plan || !clip) return;
  const { width, height } = plan.plan;
  const x = lab.selection?.x ?? (lab.hover !== null ? lab.hover % width : 0);
  const y = lab.selection?.y ?? (lab.hover !== null ? Math.floor(lab.hover / width) : 0);
  lab.edit(pasteEdit(clip, x, y, width, height));
  lab.setSelection({
    x,
    y,
    width: Math.min(clip.width, width - x),
    height: Math.min(clip.height, height - y),
  });
}
