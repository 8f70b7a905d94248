// Event → the cell it increments. The only place that decides which parts
// of an event are kept: everything else an event could carry is dropped
// here, and the table has no column for it anyway.
import type { CountedEvent } from '../shared/api-types.js';
import type { Cell } from './types.js';

export function cellOf(event: CountedEvent, day: string): Cell {
  const gemeente = event.gemeente ?? '';
  switch (event.type) {
    case 'conversation_started':
      return { day, gemeente, flow: event.flow, event: event.type, key: event.lang };
    case 'signpost_shown':
      return { day, gemeente, flow: event.flow, event: event.type, key: event.service };
    case 'quick_exit':
    case 'fallback_shown':
      return { day, gemeente, flow: '', event: event.type, key: '' };
  }
}

export function cellValues(cell: Cell): [string, string, string, string, string] {
  return [cell.day, cell.gemeente, cell.flow, cell.event, cell.key];
}

/** One string per cell, for summing in memory before a write. */
export function cellKey(cell: Cell): string {
  return cellValues(cell).join('\u0000');
}
