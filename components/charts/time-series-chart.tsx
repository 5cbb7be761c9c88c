"use client";

import { useEffect, useRef, useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { mergeSeriesForChart } from "@/lib/charts/rows-to-series";
import { timeAxis, valueAxis } from "@/lib/charts/ticks";
import type { Annotation, ChartSeries, SeriesUnit, Threshold } from "@/lib/charts/types";

export type AxisUnit = SeriesUnit | "multiple";

/** Line colours (Tailwind palette) paired with dash patterns, so series differ without colour vision. */
export const SERIES_STYLES = [
  { stroke: "#1d4ed8", dash: undefined },
  { stroke: "#b45309", dash: "6 3" },
  { stroke: "#047857", dash: "2 2" },
  { stroke: "#7c3aed", dash: "8 3 2 3" },
  { stroke: "#be123c", dash: "1 3" },
] as const;

const ANNOTATION_FILL: Record<Annotation["kind"], string> = {
  incident: "#cf222e",
  drill: "#0969da",
  "probe-blind": "#8250df",
  flip: "#57606a",
  milestone: "#1f2328",
  platform: "#9a6700",
};

export interface TimeSeriesChartProps {
  series: readonly ChartSeries[];
  thresholds: readonly Threshold[];
  annotations: readonly Annotation[];
  from: number;
  to: number;
  /** Tooltip values. */
  format: (value: number) => string;
  /** How the value axis steps and labels its ticks. */
  axisUnit: AxisUnit;
  height?: number;
  /** What the chart shows, for screen readers (the table below carries the numbers). */
  description: string;
  /** Hard cap on width: the server binned for this many pixels. */
  maxWidthPx: number;
}

/** The figure's rendered width (the chart is responsive up to maxWidthPx), for how many time labels fit. */
function useWidth(fallback: number) {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/** Width of the value axis: room for "30 min" or "100.0 %" at 11 px. */
const YAXIS_PX = 64;
const THRESHOLD_STROKE = { breach: "#cf222e", warn: "#9a6700" } as const;

/**
 * The shared time-series chart: series, budget/threshold lines, and flips/incidents/drills on one
 * time axis. Ticks are chosen here (round, distinct, fitting the width); threshold labels sit in a
 * key under the plot, never over the axis labels or the lines.
 */
export function TimeSeriesChart({ series, thresholds, annotations, from, to, format, axisUnit, height = 240, description, maxWidthPx }: TimeSeriesChartProps) {
  const data = mergeSeriesForChart(series);
  const [ref, width] = useWidth(maxWidthPx);
  const dataMax = series.reduce((m, s) => s.points.reduce((mm, p) => (p.v !== null && p.v > mm ? p.v : mm), m), 0);
  const y = valueAxis(Math.max(dataMax, ...thresholds.map((t) => t.value)), axisUnit);
  const x = timeAxis(from, to, Math.min(width, maxWidthPx) - YAXIS_PX - 24);
  return (
    <figure ref={ref} className="space-y-1" data-chart data-points={data.length} data-from={from} data-to={to}>
      <figcaption className="sr-only">{description}</figcaption>
      <LineChart responsive data={data} style={{ width: "100%", maxWidth: maxWidthPx, height }} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid stroke="#d0d7de" strokeDasharray="3 3" />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={[from, to]}
          allowDataOverflow
          ticks={x.ticks}
          interval={0}
          tickFormatter={x.label}
          stroke="#57606a"
          fontSize={11}
        />
        <YAxis ticks={y.ticks} interval={0} tickFormatter={y.label} stroke="#57606a" fontSize={11} width={YAXIS_PX} domain={[0, y.max]} allowDataOverflow />
        <Tooltip labelFormatter={(t) => `${new Date(Number(t)).toISOString().slice(0, 19).replace("T", " ")} UTC`} formatter={(v) => (typeof v === "number" ? format(v) : "no data")} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {annotations
          .filter((a) => a.end !== undefined && a.end > a.t)
          .map((a) => (
            <ReferenceArea key={`${a.kind}-${a.region}-${a.t}`} x1={Math.max(a.t, from)} x2={Math.min(a.end ?? a.t, to)} fill={ANNOTATION_FILL[a.kind]} fillOpacity={0.12} ifOverflow="hidden" />
          ))}
        {annotations
          .filter((a) => a.kind === "flip" || a.end === undefined || a.end <= a.t)
          .map((a) => (
            <ReferenceLine key={`${a.kind}-${a.region}-${a.t}`} x={a.t} stroke={ANNOTATION_FILL[a.kind]} strokeDasharray="4 2" ifOverflow="hidden" />
          ))}
        {thresholds.map((t) => (
          <ReferenceLine key={`${t.label}-${t.value}`} y={t.value} stroke={THRESHOLD_STROKE[t.severity]} strokeDasharray={t.severity === "breach" ? undefined : "6 3"} />
        ))}
        {series.map((s, i) => {
          const style = SERIES_STYLES[i % SERIES_STYLES.length];
          return (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              type="linear"
              stroke={style.stroke}
              strokeDasharray={style.dash}
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
              strokeWidth={2}
            />
          );
        })}
      </LineChart>
      {thresholds.length !== 0 && (
        <ul className="flex flex-wrap gap-x-4 gap-y-0.5 pl-16 text-xs text-slate-800" aria-label="Threshold lines">
          {thresholds.map((t) => (
            <li key={`${t.label}-${t.value}`} className="flex items-center gap-1" data-threshold-label>
              <svg width="20" height="6" aria-hidden="true">
                <line x1="0" y1="3" x2="20" y2="3" stroke={THRESHOLD_STROKE[t.severity]} strokeWidth="2" strokeDasharray={t.severity === "breach" ? undefined : "6 3"} />
              </svg>
              {t.label}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
