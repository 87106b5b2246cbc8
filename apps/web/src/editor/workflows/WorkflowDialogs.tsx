'use client';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ConflictDialog } from './ConflictDialog.tsx';
import { type DialogRequest, useWorkflowDialog } from './dialog-store.ts';
import { OpenDialog } from './OpenDialog.tsx';
import { PromptDialog } from './PromptDialog.tsx';
import { TemplatesDialog } from './TemplatesDialog.tsx';

const keys = new WeakMap<DialogRequest, number>();
let nextKey = 0;

/** A key per request, so a dialog replacing another of its kind starts fresh. */
function keyOf(request: DialogRequest): number {
  let key = keys.get(request);
  if (key === undefined) keys.set(request, (key = nextKey++));
  return key;
}

/** Whichever workflow dialog is open . */
export function WorkflowDialogs() {
  const request = useWorkflowDialog((s) => s.request);
  if (request === null) return null;
  const key = keyOf(request);
  switch (request.kind) {
    case 'open':
      return <OpenDialog key={key} />;
    case 'templates':
      return <TemplatesDialog key={key} />;
    case 'prompt':
      return <PromptDialog key={key} request={request} />;
    case 'confirm':
      return <ConfirmDialog key={key} request={request} />;
    case 'conflict':
      return <ConflictDialog key={key} request={request} />;
  }
}
