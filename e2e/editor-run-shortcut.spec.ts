// Ctrl+Enter while typing a prompt runs the prompt as typed: the field commits its text first
// (a widget's draft is committed when the field loses focus).
import { expect, test } from '@playwright/test';
import { openFreshEditor } from './support/editor.ts';

test('Ctrl+Enter in the prompt field runs what was just typed', async ({ page }) => {
  await openFreshEditor(page);
  const prompt = page.locator('#param-prompt-text');
  await expect(prompt).toHaveValue(/SALE 50/);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeDisabled();

  const typed = `a quiet library poster, dark green background, title "READ ${Date.now() % 100_000}"`;
  await prompt.fill(typed);
  await prompt.press('Control+Enter');

  // The text became one undoable edit of the document before the run was queued…
  await expect(prompt).not.toBeFocused();
  await expect(undo).toBeEnabled();
  // …so the run's prompt node ran on it: a text no run has seen cannot come from the cache.
  await expect(page.getByTestId('status-prompt')).toHaveText('done', { timeout: 60_000 });
  await expect(prompt).toHaveValue(typed);
});
