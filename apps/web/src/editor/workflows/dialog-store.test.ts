import { afterEach, describe, expect, it } from 'vitest';
import {
  answer,
  askConfirm,
  askName,
  closeDialog,
  showDialog,
  useWorkflowDialog,
} from './dialog-store.ts';

const current = () => useWorkflowDialog.getState().request;

describe('workflow dialogs', () => {
  afterEach(closeDialog);

  it('answers a question with what the user chose', async () => {
    const name = askName({ title: 'Save', label: 'Name', initial: 'a', confirmLabel: 'Save' });
    const request = current();
    if (request?.kind !== 'prompt') throw new Error('no prompt');
    answer(request, 'Poster');
    await expect(name).resolves.toBe('Poster');
    expect(current()).toBeNull();
  });

  it('answers "cancel" when closed or replaced by another dialog', async () => {
    const confirmed = askConfirm({ title: 't', message: 'm', confirmLabel: 'OK' });
    closeDialog();
    await expect(confirmed).resolves.toBe(false);
    const name = askName({ title: 't', label: 'l', initial: '', confirmLabel: 'OK' });
    showDialog('open');
    await expect(name).resolves.toBeNull();
    expect(current()).toEqual({ kind: 'open' });
  });
});
