// The quick exit by keyboard, one rule for the site (src/browser/site-exit.ts)
// and the widget (widget/quick-exit.ts): Shift pressed three times with no
// other key in between, the three presses within 5 seconds of the first.
// Why this rule (docs/architecture.md, "Quick exit"):
// - Shift, three times: the GOV.UK "Exit this page" component uses the same
//   gesture, tested with survivors of domestic abuse; Escape stops a page
//   from loading, so it would undo the exit it starts.
// - Any other key in between starts the count again, so Shift presses while
//   typing (or a screen reader user pausing speech with Shift now and then)
//   do not add up.
// - 5 seconds from the first press: GOV.UK's component allows 5 seconds too;
//   long enough for a shaking hand or a slow keyboard, short enough that
//   stray presses a minute apart never add up.
// - Any Shift key (e.key, not e.code): keyboards and layouts without a left
//   Shift work. Held-down repeats do not count. Nothing counts while an input
//   method (IME) composes text: there Shift often switches the input mode.
// Browser-safe, no Node imports.
import { exit as EXIT_WORDS } from '../../messages/nl/shared.json';

export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;

/** What the counter needs of a keyboard event. */
export interface KeyLike {
  key: string;
  repeat?: boolean;
  isComposing?: boolean;
}

/**
 * The rule as a small state machine, pure: the caller passes events and the
 * time. A press counts when Shift goes up with no other key down since it
 * went down (Shift+A is a capital, not a press).
 */
export class ShiftRule {
  private count = 0;
  private first = 0;
  private shiftDown = false;
  private composing = false;

  constructor(private readonly windowMs = SHIFT_WINDOW_MS) {}

  /** The presses counted so far in the current run (0, 1 or 2). */
  get armed(): number {
    return this.count;
  }

  /** Returns true when this key ended a run that had started (the caller may clear its announcement). */
  keydown(event: KeyLike): boolean {
    if (event.key === 'Shift' && !event.isComposing && !this.composing) {
      if (!event.repeat) this.shiftDown = true;
      return false;
    }
    const wasArmed = this.count > 0;
    this.reset();
    return wasArmed;
  }

  /** Returns the number of presses in the run when this keyup counts as one (3 means: leave), otherwise 0. */
  keyup(event: KeyLike, now: number): number {
    if (event.key !== 'Shift' || !this.shiftDown) return 0;
    this.shiftDown = false;
    if (event.isComposing || this.composing) return 0;
    if (this.count === 0 || now - this.first > this.windowMs) {
      this.count = 0;
      this.first = now;
    }
    this.count += 1;
    const count = this.count;
    if (count >= SHIFT_PRESSES) this.reset();
    return count;
  }

  /** When the current run's window closes (a time like `now`). */
  get closesAt(): number {
    return this.first + this.windowMs;
  }

  compositionStart(): void {
    this.composing = true;
    this.reset();
  }

  compositionEnd(): void {
    this.composing = false;
  }

  reset(): void {
    this.count = 0;
    this.shiftDown = false;
  }
}

// The announcements live in the message catalogue (messages/nl/shared.json, group "exit").
export { EXIT_WORDS };

export interface ShiftHandlers {
  /** A press counted: 1 and 2 arm the exit (announce it), 3 means leave now. */
  press(count: number): void;
  /** The run ended without leaving (another key, the window passed, focus left): clear the announcement. */
  cancel(): void;
}

/**
 * Listens on `target` (the document, or the window for the widget) in the
 * capture phase, so a page cannot swallow the keys. Returns a function that
 * stops listening.
 */
export function watchShift(target: EventTarget, handlers: ShiftHandlers, windowMs = SHIFT_WINDOW_MS): () => void {
  const rule = new ShiftRule(windowMs);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const end = () => {
    clearTimeout(timer);
    handlers.cancel();
  };
  const listeners: Array<[EventTarget, string, (event: Event) => void]> = [
    [target, 'keydown', (e) => rule.keydown(e as KeyboardEvent) && end()],
    [
      target,
      'keyup',
      (e) => {
        const now = Date.now();
        const count = rule.keyup(e as KeyboardEvent, now);
        if (!count) return;
        clearTimeout(timer);
        handlers.press(count);
        // When the window passes, the run is over: clear what was said.
        if (count < SHIFT_PRESSES) timer = setTimeout(() => (rule.reset(), end()), rule.closesAt - now + 1);
      },
    ],
    [target, 'compositionstart', () => (rule.compositionStart(), end())],
    [target, 'compositionend', () => rule.compositionEnd()],
    [window, 'blur', () => (rule.reset(), end())],
  ];
  for (const [on, type, listener] of listeners) on.addEventListener(type, listener, true);
  return () => {
    clearTimeout(timer);
    for (const [on, type, listener] of listeners) on.removeEventListener(type, listener, true);
  };
}

/** The announcement after a press: how many more to go, or that the page is being left. */
export function shiftMessage(count: number, words: typeof EXIT_WORDS = EXIT_WORDS): string {
  if (count >= SHIFT_PRESSES) return words.shiftLeaving;
  return words.shiftPressed.replace('{count}', String(count)).replace('{left}', String(SHIFT_PRESSES - count));
}

/** Replaces the top-level page (or, if a cross-origin frame forbids that, this one): Back does not return. */
export function leave(url: string): void {
  try {
    window.top!.location.replace(url);
  } catch {
    location.replace(url);
  }
}
