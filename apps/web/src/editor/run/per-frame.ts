// Socket events come in bursts (a streamed plan, a decoder step and its progress): drawing after
// each one redraws the page many times a frame. `perFrame` hands them over together, once per
// animation frame, or after `FALLBACK_MS` where no frame comes (a hidden tab draws none).

const FALLBACK_MS = 100;

/** Runs `callback` at the next animation frame, or after FALLBACK_MS, whichever is first. */
function nextFrame(callback: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    callback();
  };
  const timer = setTimeout(once, FALLBACK_MS);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(once);
}

export interface PerFrameOptions {
  /** Least time between two flushes (a frame that comes sooner waits for the next one). */
  readonly minGapMs?: number;
  readonly now?: () => number;
}

/**
 * A function that collects items and calls `flush` with those collected, in order, once per
 * frame (`schedule`: the next animation frame by default), and at most once per `minGapMs`.
 */
export function perFrame<T>(
  flush: (items: T[]) => void,
  schedule: (callback: () => void) => void = nextFrame,
  { minGapMs = 0, now = () => performance.now() }: PerFrameOptions = {},
): (item: T) => void {
  let pending: T[] = [];
  let last = Number.NEGATIVE_INFINITY;
  const tick = (): void => {
    if (now() - last < minGapMs) {
      schedule(tick);
      return;
    }
    last = now();
    const items = pending;
    pending = [];
    flush(items);
  };
  return (item) => {
    pending.push(item);
    if (pending.length === 1) schedule(tick);
  };
}
