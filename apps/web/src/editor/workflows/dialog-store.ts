// The one workflow dialog open at a time. Questions (a name, a confirmation, a conflict) are
// promises the actions await; closing a dialog any other way answers "cancel".
import { create } from 'zustand';

export type ConflictChoice = 'reload' | 'copy' | null;

export interface PromptRequest {
  readonly kind: 'prompt';
  readonly title: string;
  readonly label: string;
  readonly initial: string;
  readonly confirmLabel: string;
  readonly resolve: (name: string | null) => void;
}

export interface ConfirmRequest {
  readonly kind: 'confirm';
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly resolve: (ok: boolean) => void;
}

export interface ConflictRequest {
  readonly kind: 'conflict';
  readonly name: string;
  /** The version now on the server, when the server said. */
  readonly currentVersion: number | null;
  readonly resolve: (choice: ConflictChoice) => void;
}

export type DialogRequest =
  | PromptRequest
  | ConfirmRequest
  | ConflictRequest
  | { readonly kind: 'open' }
  | { readonly kind: 'templates' };

interface DialogState {
  readonly request: DialogRequest | null;
}

export const useWorkflowDialog = create<DialogState>()(() => ({ request: null }));

function cancel(request: DialogRequest | null): void {
  if (request?.kind === 'prompt') request.resolve(null);
  else if (request?.kind === 'confirm') request.resolve(false);
  else if (request?.kind === 'conflict') request.resolve(null);
}

function show(request: DialogRequest): void {
  const previous = useWorkflowDialog.getState().request;
  useWorkflowDialog.setState({ request });
  cancel(previous);
}

/** Closes the dialog; a pending question is answered "cancel". */
export function closeDialog(): void {
  const { request } = useWorkflowDialog.getState();
  useWorkflowDialog.setState({ request: null });
  cancel(request);
}

/** Closes the dialog that asked `request`, answering it with `answer`. */
export function answer<R extends PromptRequest | ConfirmRequest | ConflictRequest>(
  request: R,
  value: Parameters<R['resolve']>[0],
): void {
  if (useWorkflowDialog.getState().request === request)
    useWorkflowDialog.setState({ request: null });
  (request.resolve as (v: typeof value) => void)(value);
}

export const showDialog = (kind: 'open' | 'templates'): void => show({ kind });

export const askName = (ask: Omit<PromptRequest, 'kind' | 'resolve'>): Promise<string | null> =>
  new Promise((resolve) => show({ kind: 'prompt', ...ask, resolve }));

export const askConfirm = (ask: Omit<ConfirmRequest, 'kind' | 'resolve'>): Promise<boolean> =>
  new Promise((resolve) => show({ kind: 'confirm', ...ask, resolve }));

export const askConflict = (
  ask: Omit<ConflictRequest, 'kind' | 'resolve'>,
): Promise<ConflictChoice> => new Promise((resolve) => show({ kind: 'conflict', ...ask, resolve }));
