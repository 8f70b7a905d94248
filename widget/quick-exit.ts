// The widget's quick exit: the Shift rule and the way of leaving come from
// src/browser/quick-exit.ts, shared with the help site; here only the
// page-wide listener that all widgets on a page share, and the exit address.
import { leave, watchShift } from '../src/browser/quick-exit.js';

export { leave };

export interface ShiftListener {
  press(count: number): void;
  cancel(): void;
}

const listeners = new Set<ShiftListener>();
let watching = false;

/**
 * One page-wide counter for all widgets on the page (so a press is announced
 * once): only the first listener hears it. Listens on the window in the
 * capture phase, so the host page cannot swallow the keys. Returns an
 * unsubscribe function.
 */
export function onShiftPress(listener: ShiftListener): () => void {
  if (!watching) {
    watching = true;
    watchShift(window, {
      press: (count) => [...listeners][0]?.press(count),
      cancel: () => [...listeners][0]?.cancel(),
    });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Where to go: an absolute http(s) address only, otherwise the neutral default. */
export function exitTarget(attr: string | null, fallback: string): string {
  // No attribute is the common case: no URL to parse (an exception costs time on a slow phone).
  if (!attr) return fallback;
  try {
    const url = new URL(attr);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : fallback;
  } catch {
    return fallback;
  }
}
