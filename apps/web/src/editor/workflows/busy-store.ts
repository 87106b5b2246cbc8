// One save, save-as or rename at a time; `busy` (for the menu) while one talks to the server.
import { create } from 'zustand';

export const useWorkflowBusy = create<{ readonly busy: boolean }>()(() => ({ busy: false }));

let running = false;

/** Runs `task` unless another is running (then does nothing). */
export async function exclusive(task: () => Promise<void>): Promise<void> {
  if (running) return;
  running = true;
  try {
    await task();
  } finally {
    running = false;
  }
}

/** Marks the menu busy until `call` settles. */
export async function busyWhile<T>(call: Promise<T>): Promise<T> {
  useWorkflowBusy.setState({ busy: true });
  try {
    return await call;
  } finally {
    useWorkflowBusy.setState({ busy: false });
  }
}
