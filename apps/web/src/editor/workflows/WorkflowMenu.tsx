'use client';
// Placeholder until the workflow menu lands.
export function WorkflowMenu() {
  return null;
}
