// The counter seam (issue 7). The app counts events through `Counter`; the
// Node and Workers entries pass a real store, tests pass their own.
import type { CountedEvent } from '../shared/api-types.js';

export type EventType = CountedEvent['type'];

export const EVENT_TYPES = [
  'conversation_started',
  'signpost_shown',
  'quick_exit',
  'fallback_shown',
] as const satisfies readonly EventType[];

export interface Counter {
  /** Fire-and-forget from the caller's view: must never throw into a request. */
  count(event: CountedEvent, day: string): Promise<void>;
}

/**
 * One cell of the counts table. Every column is text, '' when the event has
 * no such part: there is no column for anything else, by design.
 */
export interface Cell {
  day: string;
  /** CBS code such as GM0637, or ''. */
  gemeente: string;
  /** Conversation id, or ''. */
  flow: string;
  event: EventType;
  /** conversation_started: the language; signpost_shown: the service id; else ''. */
  key: string;
}

export interface CountRow extends Cell {
  count: number;
}

/** Reads counts back for reports: one municipality, whole days from–to (inclusive). */
export interface CountReader {
  read(gemeente: string, from: string, to: string): Promise<CountRow[]>;
}

export interface CountStore extends Counter, CountReader {}
