// A value axis with round steps (1, 2 or 5 times a power of ten), so a
// reader can read bars against the grid lines.
import { type Shown, SMALL, THRESHOLD } from '../counters/report.js';

export interface Scale {
  max: number;
  ticks: number[];
}

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const unit = [1, 2, 5, 10].find((u) => u * power >= rough) ?? 10;
  return unit * power;
}

export function scaleFor(values: Shown[], tickCount = 4): Scale {
  // "<10" is drawn up to 10, so the axis always reaches at least that far.
  const top = Math.max(THRESHOLD, ...values.map((v) => (v === SMALL ? THRESHOLD : v)));
  const step = niceStep(top / tickCount);
  const max = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= max; t += step) ticks.push(t);
  return { max, ticks };
}

/** How far a bar reaches: the number, or the threshold for "<10" (drawn dashed, as "somewhere below"). */
export function reach(value: Shown): number {
  return value === SMALL ? THRESHOLD : value;
}
