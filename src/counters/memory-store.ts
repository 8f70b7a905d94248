// A store in memory, for tests and for trying things out: the same cells and
// the same reads as the real stores, gone when the process ends.
import type { CountedEvent } from '../shared/api-types.js';
import { cellKey, cellOf } from './cells.js';
import type { Cell, CountRow, CountStore } from './types.js';

export interface MemoryStore extends CountStore {
  /** Every row, as a database dump would show it. */
  rows(): CountRow[];
  /** Adds n to a cell directly (for seeding test data). */
  add(event: CountedEvent, day: string, n: number): void;
}

export function memoryStore(): MemoryStore {
  const cells = new Map<string, CountRow>();
  const add = (event: CountedEvent, day: string, n: number) => {
    const cell: Cell = cellOf(event, day);
    const id = cellKey(cell);
    const row = cells.get(id);
    if (row) row.count += n;
    else cells.set(id, { ...cell, count: n });
  };
  return {
    async count(event, day) {
      add(event, day, 1);
    },
    async read(gemeente, from, to) {
      return [...cells.values()].filter((r) => r.gemeente === gemeente && r.day >= from && r.day <= to).map((r) => ({ ...r }));
    },
    rows: () => [...cells.values()].map((r) => ({ ...r })),
    add,
  };
}
