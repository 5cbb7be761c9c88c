"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { mergeSeriesForChart } from "@/lib/charts/rows-to-series";
import type { Annotation, ChartSeries, Threshold } from "@/lib/charts/types";

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
};

export interface TimeSeriesChartProps {
  series: readonly ChartSeries[];
  thresholds: readonly Threshold[];
  annotations: readonly Annotation[];
  from: number;
  to: number;
  format: (value: number) => string;
  height?: number;
  /** What the chart shows, for screen readers (the table below carries the numbers). */
  description: string;
  /** Hard cap on width: the server binned for this many pixels. */
  maxWidthPx: number;
}

export function formatAxisTime(t: number, spanMs: number): string {
  const iso = new Date(t).toISOString();
  return spanMs > 2 * 86_400_000 ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16);
}

/** The shared time-series chart: series, budget/threshold lines, and flips/incidents/drills on one time axis. */
export function TimeSeriesChart({ series, thresholds, annotations, from, to, format, height = 240, description, maxWidthPx }: TimeSeriesChartProps) {
  const data = mergeSeriesForChart(series);
  const span = to - from;
  const maxThreshold = thresholds.reduce((m, t) => Math.max(m, t.value), 0);
  return (
    <figure className="space-y-1" data-chart data-points={data.length} data-from={from} data-to={to}>
      <figcaption className="sr-only">{description}</figcaption>
      <LineChart responsive data={data} style={{ width: "100%", maxWidth: maxWidthPx, height }} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid stroke="#d0d7de" strokeDasharray="3 3" />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={[from, to]}
          allowDataOverflow
          tickFormatter={(t: number) => formatAxisTime(t, span)}
          stroke="#57606a"
          fontSize={11}
        />
        <YAxis tickFormatter={(v: number) => format(v)} stroke="#57606a" fontSize={11} width={72} domain={[0, (max: number) => Math.max(max, maxThreshold * 1.1)]} />
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
          <ReferenceLine
            key={`${t.label}-${t.value}`}
            y={t.value}
            stroke={t.severity === "breach" ? "#cf222e" : "#9a6700"}
            strokeDasharray={t.severity === "breach" ? undefined : "6 3"}
            label={{ value: t.label, position: "insideTopRight", fontSize: 11, fill: "#24292f" }}
          />
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
    </figure>
  );
}
