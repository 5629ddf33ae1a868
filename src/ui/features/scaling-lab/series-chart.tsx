import { memo, useMemo } from 'react';
import {
  columnEnvelope,
  envelopeStepPath,
  formatTick,
  niceTicks,
} from '@/core/scaling-lab-view/index.ts';
import { cn } from '@/ui/components/cn.ts';

export interface ChartSeries {
  label: string;
  y: ArrayLike<number>;
  /** Stroke colour classes, e.g. `stroke-indigo-600 dark:stroke-indigo-400`. */
  stroke: string;
  /** Matching fill classes for the legend swatch. */
  swatch: string;
}

export interface ChartMarker {
  x: number;
  y: number;
  label: string;
}

const width = 640;
const height = 220;
const area = { left: 48, top: 10, width: width - 48 - 20, height: height - 10 - 30 };

/**
 * A small SVG step chart. Each series is reduced to one envelope per pixel column in the core,
 * so a million points draw as about 600 path segments. The caption is the text summary. It
 * re-renders only when a prop changes (pass the same series and markers while they are equal).
 */
export const SeriesChart = memo(function SeriesChart(props: {
  title: string;
  caption: string;
  series: readonly ChartSeries[];
  /** X values per point; the index when omitted (one point per second). */
  x?: ArrayLike<number>;
  xLabel: string;
  yLabel: string;
  xFormat?: (value: number) => string;
  markers?: readonly ChartMarker[];
  /** A vertical guide, e.g. the queue length the decision log explains. */
  guideX?: number;
  integerY?: boolean;
  dim?: boolean;
}) {
  const { series, x } = props;
  const count = series[0]?.y.length ?? 0;
  const xMin = count === 0 ? 0 : x ? (x[0] as number) : 0;
  const xMax = count === 0 ? 1 : x ? (x[count - 1] as number) : count - 1;
  const envelopes = useMemo(
    () => series.map((s) => columnEnvelope(s.y, { x, columns: area.width, xMin, xMax })),
    [series, x, xMin, xMax],
  );
  const yMax = Math.max(1, ...envelopes.map((e) => e.yMax));
  const yMin = Math.min(0, ...envelopes.map((e) => e.yMin));
  const yTicks = niceTicks(yMin, yMax, 5, props.integerY);
  const top = Math.max(yMax, yTicks[yTicks.length - 1] ?? yMax);
  const plot = { ...area, yMin, yMax: top };
  const xTicks = niceTicks(xMin, xMax, 6);
  const px = (value: number) =>
    area.left + (xMax > xMin ? ((value - xMin) / (xMax - xMin)) * area.width : 0);
  const py = (value: number) =>
    area.top + area.height - ((value - yMin) / (top - yMin || 1)) * area.height;
  const xFormat = props.xFormat ?? formatTick;

  return (
    <figure className="m-0">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${props.title}. ${props.caption}`}
        className={cn('h-auto w-full', props.dim && 'opacity-50')}
      >
        <g className="stroke-slate-200 dark:stroke-slate-700" strokeWidth={1}>
          {yTicks.map((t) => (
            <line key={`y${t}`} x1={area.left} x2={area.left + area.width} y1={py(t)} y2={py(t)} />
          ))}
        </g>
        <g className="fill-slate-600 text-[11px] dark:fill-slate-300">
          {yTicks.map((t) => (
            <text key={`yl${t}`} x={area.left - 4} y={py(t) + 4} textAnchor="end">
              {formatTick(t)}
            </text>
          ))}
          {xTicks.map((t) => (
            <text key={`xl${t}`} x={px(t)} y={area.top + area.height + 14} textAnchor="middle">
              {xFormat(t)}
            </text>
          ))}
          <text x={area.left + area.width / 2} y={height - 2} textAnchor="middle">
            {props.xLabel}
          </text>
          <text
            x={10}
            y={area.top + area.height / 2}
            textAnchor="middle"
            transform={`rotate(-90 10 ${area.top + area.height / 2})`}
          >
            {props.yLabel}
          </text>
        </g>
        <line
          x1={area.left}
          x2={area.left + area.width}
          y1={py(yMin)}
          y2={py(yMin)}
          className="stroke-slate-400"
        />
        {props.guideX !== undefined && props.guideX >= xMin && props.guideX <= xMax && (
          <line
            x1={px(props.guideX)}
            x2={px(props.guideX)}
            y1={area.top}
            y2={area.top + area.height}
            strokeDasharray="4 3"
            className="stroke-amber-500"
          />
        )}
        {envelopes.map((envelope, i) => (
          <path
            key={series[i]?.label}
            d={envelopeStepPath(envelope, plot)}
            fill="none"
            strokeWidth={1.5}
            className={series[i]?.stroke}
          />
        ))}
        {props.markers?.map((m) => (
          <circle
            key={`${m.x}:${m.y}`}
            cx={px(m.x)}
            cy={py(m.y)}
            r={3}
            className="fill-white stroke-rose-600 dark:fill-slate-950 dark:stroke-rose-400"
            strokeWidth={1.5}
          >
            <title>{m.label}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="text-xs text-slate-600 dark:text-slate-300">
        {series.length > 1 && (
          <span className="mr-2 inline-flex flex-wrap gap-3">
            {series.map((s) => (
              <span key={s.label} className="inline-flex items-center gap-1">
                <svg width="10" height="10" aria-hidden="true">
                  <rect width="10" height="10" className={s.swatch} />
                </svg>
                {s.label}
              </span>
            ))}
          </span>
        )}
        {props.caption}
      </figcaption>
    </figure>
  );
});
