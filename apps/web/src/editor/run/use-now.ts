'use client';
import { useEffect, useState } from 'react';

/**
 * `Date.now()`, refreshed every `intervalMs` while `active` (for elapsed times that tick). Once a
 * second by default: each tick redraws its text, so it ticks no faster than the text changes.
 */
export function useNow(active: boolean, intervalMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}
