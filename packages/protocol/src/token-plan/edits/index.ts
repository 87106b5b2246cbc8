export { PlanEditError } from './plan-edit-error.ts';
export { decodeLockMask, encodeLockMask } from './lock-mask.ts';
export {
  type PaintOp,
  type PasteOp,
  type PlanEditOp,
  parsePlanEditOps,
  zPaintOp,
  zPasteOp,
  zPlanEditOp,
  zPlanEditOps,
} from './plan-edit-ops.ts';
export { applyPlanEdits } from './apply-plan-edits.ts';
