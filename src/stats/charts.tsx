// Bar charts as server-rendered SVG: no script, no inline style (colours are
// SVG presentation attributes, which a strict CSP allows). Each chart is one
// image with a title and a description for screen readers; the page puts a
// data table with the same numbers under it.
import type { FC, PropsWithChildren } from 'hono/jsx';
import { SMALL } from '../counters/report.js';
import { formatShown } from './format.js';
import type { Bar } from './model.js';
import { reach, scaleFor } from './scale.js';

const INK = '#1a1a1a';
const BAR = '#1f4e8c';
const SMALL_FILL = '#dbe4f0';
const GRID = '#949494';

interface ChartProps {
  id: string;
  title: string;
  /** One or two sentences with what the chart shows, for screen readers. */
  summary: string;
  bars: Bar[];
}

const SvgImage: FC<PropsWithChildren<{ id: string; title: string; summary: string; width: number; height: number }>> = ({
  id,
  title,
  summary,
  width,
  height,
  children,
}) => (
  <svg
    class="chart"
    role="img"
    aria-labelledby={`${id}-title ${id}-desc`}
    viewBox={`0 0 ${width} ${height}`}
    width={width}
    height={height}
    xmlns="http://www.w3.org/2000/svg"
  >
    <title id={`${id}-title`}>{title}</title>
    <desc id={`${id}-desc`}>{summary}</desc>
    {children}
  </svg>
);

/** Columns over time (weeks), values above them; a dashed column means "<10". */
export const ColumnChart: FC<ChartProps & { axisLabel: string }> = ({ id, title, summary, bars, axisLabel }) => {
  const width = 720;
  const height = 260;
  const left = 44;
  const right = 8;
  const top = 24;
  const bottom = 48;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const scale = scaleFor(bars.map((b) => b.value));
  const slot = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.max(2, Math.min(48, slot * 0.7));
  const labelEvery = Math.ceil(bars.length / 13);
  const showValues = bars.length <= 26;
  const y = (v: number) => top + plotHeight - (v / scale.max) * plotHeight;
  return (
    <SvgImage id={id} title={title} summary={summary} width={width} height={height}>
      {scale.ticks.map((t) => (
        <g>
          <line x1={left} x2={width - right} y1={y(t)} y2={y(t)} stroke={GRID} stroke-width="1" />
          <text x={left - 6} y={y(t) + 4} text-anchor="end" font-size="12" fill={INK}>
            {t}
          </text>
        </g>
      ))}
      {bars.map((bar, i) => {
        const x = left + i * slot + (slot - barWidth) / 2;
        const small = bar.value === SMALL;
        return (
          <g>
            <rect
              x={x}
              y={y(reach(bar.value))}
              width={barWidth}
              height={y(0) - y(reach(bar.value))}
              fill={small ? SMALL_FILL : BAR}
              stroke={BAR}
              stroke-width="1"
              stroke-dasharray={small ? '4 3' : undefined}
            />
            {showValues && (
              <text x={x + barWidth / 2} y={y(reach(bar.value)) - 6} text-anchor="middle" font-size="12" fill={INK}>
                {formatShown(bar.value)}
              </text>
            )}
            {i % labelEvery === 0 && (
              <text x={x + barWidth / 2} y={height - bottom + 18} text-anchor="middle" font-size="12" fill={INK}>
                {bar.label}
              </text>
            )}
          </g>
        );
      })}
      <text x={left + plotWidth / 2} y={height - 8} text-anchor="middle" font-size="12" fill={INK}>
        {axisLabel}
      </text>
    </SvgImage>
  );
};

/** Horizontal bars for categories: the name above each bar, the number after it. */
export const BarChart: FC<ChartProps> = ({ id, title, summary, bars }) => {
  const width = 720;
  const row = 46;
  const valueSpace = 64;
  const height = Math.max(1, bars.length) * row + 8;
  const scale = scaleFor(bars.map((b) => b.value));
  const x = (v: number) => (v / scale.max) * (width - valueSpace);
  return (
    <SvgImage id={id} title={title} summary={summary} width={width} height={height}>
      {bars.map((bar, i) => {
        const small = bar.value === SMALL;
        const top = i * row + 4;
        const length = Math.max(2, x(reach(bar.value)));
        return (
          <g>
            <text x="0" y={top + 14} font-size="14" fill={INK}>
              {bar.label}
            </text>
            <rect
              x="0"
              y={top + 20}
              width={length}
              height="18"
              fill={small ? SMALL_FILL : BAR}
              stroke={BAR}
              stroke-width="1"
              stroke-dasharray={small ? '4 3' : undefined}
            />
            <text x={length + 8} y={top + 34} font-size="14" fill={INK}>
              {formatShown(bar.value)}
            </text>
          </g>
        );
      })}
    </SvgImage>
  );
};

/** The same numbers as a table, under the chart. */
export const DataTable: FC<{ caption: string; head: [string, string]; bars: Bar[] }> = ({ caption, head, bars }) => (
  <table>
    <caption>{caption}</caption>
    <thead>
      <tr>
        <th scope="col">{head[0]}</th>
        <th scope="col" class="number">
          {head[1]}
        </th>
      </tr>
    </thead>
    <tbody>
      {bars.map((bar) => (
        <tr>
          <th scope="row">{bar.label}</th>
          <td class="number">{formatShown(bar.value)}</td>
        </tr>
      ))}
    </tbody>
  </table>
);
