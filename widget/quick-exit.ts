// Quick exit: Shift pressed three times within five seconds, and leaving the
// page so that Back does not return to it.

export const PRESSES = 3;
export const WINDOW_MS = 5000;

/**
 * Counts Shift presses on their own. Shift used as a modifier (Shift+A) does
 * not count. Pure: the caller passes keys and times.
 */
export class ShiftCounter {
  private presses: number[] = [];
  private down = false;
  private modified = false;

  keydown(key: string, repeat = false): void {
    if (key === 'Shift') {
      if (!repeat) {
        this.down = true;
        this.modified = false;
      }
    } else if (this.down) {
      this.modified = true;
    }
  }

  /** Returns the number of presses within the window when this keyup counts as one, otherwise 0. */
  keyup(key: string, now: number): number {
    if (key !== 'Shift' || !this.down) return 0;
    this.down = false;
    if (this.modified) return 0;
    this.presses = this.presses.filter((t) => now - t < WINDOW_MS);
    this.presses.push(now);
    const count = this.presses.length;
    if (count >= PRESSES) this.presses = [];
    return count;
  }

  reset(): void {
    this.presses = [];
    this.down = false;
  }
}

type Listener = (count: number) => void;
const listeners = new Set<Listener>();
let counter: ShiftCounter | undefined;

/**
 * One page-wide counter for all widgets on the page (so a press is announced
 * once): only the first listener hears it. Listens in the capture phase, so
 * the host page cannot swallow the keys. Returns an unsubscribe function.
 */
export function onShiftPress(listener: Listener): () => void {
  if (!counter) {
    const c = (counter = new ShiftCounter());
    addEventListener('keydown', (e) => c.keydown(e.key, e.repeat), true);
    addEventListener('keyup', (e) => {
      const count = c.keyup(e.key, Date.now());
      const [first] = listeners;
      if (count && first) first(count);
    }, true);
    addEventListener('blur', () => c.reset());
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Replaces the top-level page (or, if a cross-origin frame forbids that, this one): Back does not return. */
export function leave(url: string): void {
  try {
    window.top!.location.replace(url);
  } catch {
    location.replace(url);
  }
}

/** Where to go: an absolute http(s) address only, otherwise the neutral default. */
export function exitTarget(attr: string | null, fallback: string): string {
  try {
    const url = new URL(attr ?? '');
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : fallback;
  } catch {
    return fallback;
  }
}
