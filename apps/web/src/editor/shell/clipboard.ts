// The node clipboard: local storage, so a copy in one tab pastes in another; the system
// clipboard gets the same JSON when the browser allows it.
import { type Fragment, readFragment } from '../model/fragment.ts';

const KEY = 'tessera:clipboard';

export function writeClipboard(fragment: Fragment): void {
  const text = JSON.stringify(fragment);
  localStorage.setItem(KEY, text);
  navigator.clipboard?.writeText(text).catch(() => undefined);
}

export function readClipboard(): Fragment | undefined {
  const text = localStorage.getItem(KEY);
  return text === null ? undefined : readFragment(text);
}
