"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, XAxis, YAxis } from "recharts";
import { timeAxis } from "@/lib/charts/ticks";
import { niceTicks } from "@/lib/review/ticks";
import type { BurnDownPoint } from "@/lib/review/types";

const WIDTH = 660;

/**
 * Downtime budget left across the period (minutes), against the even-pace line; below zero is
 * overspent. Fixed size so the printed page matches the screen.
 */
export function ChartLineBurnDown({ points, allowedMinutes, title }: { points: readonly BurnDownPoint[]; allowedMinutes: number; title: string }) {
  if (points.length === 0) return <p className="text-sm text-slate-600">No burn-down: no data in this period.</p>;
  const min = Math.min(0, ...points.map((p) => p.remainingMinutes ?? 0));
  const ticks = niceTicks(min, allowedMinutes);
  const x = timeAxis(points[0].t, points[points.length - 1].t, WIDTH - 56 - 24);
  return (
    <figure className="break-inside-avoid space-y-1" data-chart="burn-down" data-points={points.length}>
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <LineChart width={WIDTH} height={220} data={[...points]} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid stroke="#d0d7de" strokeDasharray="3 3" />
        <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} ticks={x.ticks} interval={0} tickFormatter={x.label} stroke="#57606a" fontSize={11} />
        <YAxis stroke="#57606a" fontSize={11} width={56} domain={[ticks[0], ticks[ticks.length - 1]]} ticks={ticks} tickFormatter={(v: number) => `${v} min`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine y={0} stroke="#cf222e" label={{ value: "budget spent", fontSize: 11, fill: "#cf222e", position: "insideBottomLeft" }} />
        <Line name="downtime budget left" dataKey="remainingMinutes" stroke="#1d4ed8" strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} type="stepAfter" />
        <Line name="even pace" dataKey="paceMinutes" stroke="#57606a" strokeDasharray="6 3" dot={false} isAnimationActive={false} />
      </LineChart>
    </figure>
  );
}
