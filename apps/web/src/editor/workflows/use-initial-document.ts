'use client';
import { useEffect } from 'react';
import { startSessionSync } from './session-sync.ts';
import { requestStartDocument, startEditor } from './start-editor.ts';

// The first document's request leaves as soon as the page's scripts run, before React starts.
requestStartDocument();

/** Once per page: the editor lives as long as the page does. */
let started = false;

/**
 * Opens the first document (the workflow in the address, the local draft, the poster template
 * on a first visit, or nothing), then keeps the draft, the address and the leave warning in step.
 */
export function useInitialDocument(): void {
  useEffect(() => {
    if (started) return;
    started = true;
    void startEditor().finally(startSessionSync);
  }, []);
}
