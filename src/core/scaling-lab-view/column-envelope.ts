/**
 * A series reduced to pixel columns: per column the first, last, lowest and highest value
 * (the M4 reduction), so a step or line drawn from it looks exactly like the full series while
 * the SVG holds at most four points per column, whatever the point count.
 */
export interface ColumnEnvelope {
  columns: number;
  xMin: number;
  xMax: number;
  /** Per column; NaN where no point falls into the column. */
  first: Float64Array;
  last: Float64Array;
  min: Float64Array;
  max: Float64Array;
  yMin: number;
  yMax: number;
}

/**
 * Reduces points (x increasing) to `columns` columns over [xMin, xMax]. Points outside are
 * skipped. `x` may be omitted: the index is then the x value (time series with one point per
 * second).
 */
export function columnEnvelope(
  y: ArrayLike<number>,
  options: { x?: ArrayLike<number>; columns: number; xMin?: number; xMax?: number },
): ColumnEnvelope {
  const columns = Math.max(1, Math.floor(options.columns));
  const count = y.length;
  const xAt = options.x ? (i: number) => options.x![i] as number : (i: number) => i;
  const xMin = options.xMin ?? (count > 0 ? xAt(0) : 0);
  const xMax = options.xMax ?? (count > 0 ? xAt(count - 1) : 1);
  const first = new Float64Array(columns).fill(Number.NaN);
  const last = new Float64Array(columns).fill(Number.NaN);
  const min = new Float64Array(columns).fill(Number.NaN);
  const max = new Float64Array(columns).fill(Number.NaN);
  const span = xMax - xMin;
  let yMin = Number.POSITIVE_INFINITY;
  let yMax = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i += 1) {
    const x = xAt(i);
    if (x < xMin || x > xMax) continue;
    const value = y[i] as number;
    if (!Number.isFinite(value)) continue;
    const column = span > 0 ? Math.min(columns - 1, Math.floor(((x - xMin) / span) * columns)) : 0;
    if (Number.isNaN(first[column])) {
      first[column] = value;
      min[column] = value;
      max[column] = value;
    } else {
      if (value < (min[column] as number)) min[column] = value;
      if (value > (max[column] as number)) max[column] = value;
    }
    last[column] = value;
    if (value < yMin) yMin = value;
    if (value > yMax) yMax = value;
  }
  if (yMin > yMax) {
    yMin = 0;
    yMax = 0;
  }
  return { columns, xMin, xMax, first, last, min, max, yMin, yMax };
}

/** Where the chart area is, in SVG user units. */
export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
  /** The y range shown (bottom, top). */
  yMin: number;
  yMax: number;
}

const round = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * The SVG path of an envelope as a step line: within a column it goes first → min/max → last,
 * between columns it holds the last value (a step), so replica counts keep their staircase.
 */
export function envelopeStepPath(envelope: ColumnEnvelope, area: PlotArea): string {
  const ySpan = area.yMax - area.yMin || 1;
  const columnWidth = area.width / envelope.columns;
  const py = (value: number) =>
    area.top + area.height - ((value - area.yMin) / ySpan) * area.height;
  const parts: string[] = [];
  let current: number | null = null;
  const moveTo = (value: number) => {
    if (value !== current) parts.push(`V${round(py(value))}`);
    current = value;
  };
  for (let c = 0; c < envelope.columns; c += 1) {
    const first = envelope.first[c] as number;
    if (Number.isNaN(first)) continue;
    const x0 = area.left + c * columnWidth;
    if (current === null) {
      parts.push(`M${round(x0)} ${round(py(first))}`);
      current = first;
    } else parts.push(`H${round(x0)}`);
    const last = envelope.last[c] as number;
    // Visit the extremes in the order that ends nearest the column's last value.
    const [a, b] =
      first <= last
        ? [envelope.min[c] as number, envelope.max[c] as number]
        : [envelope.max[c] as number, envelope.min[c] as number];
    for (const value of [first, a, b, last]) moveTo(value);
    parts.push(`H${round(x0 + columnWidth)}`);
  }
  return parts.join('');
}
