"use client";

import { timeAxis } from "@/lib/charts/ticks";
import { niceTicks } from "@/lib/review/ticks";
import { CartesianGrid, Legend, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from "recharts";

export interface RtoPoint {
  t: number;
  rtoSeconds: number;
  kind: "real" | "drill";
  region: string;
}

const WIDTH = 660;

/** Measured failover time of every incident and drill over time against the RTO budget: an upward drift is the early warning. */
export function ChartScatterRtoDrift({ points, budgetSeconds }: { points: readonly RtoPoint[]; budgetSeconds: number }) {
  if (points.length === 0) return <p className="text-sm text-slate-600">No incidents or drills measured yet.</p>;
  const ts = points.map((p) => p.t);
  const pad = Math.max(86_400_000, (Math.max(...ts) - Math.min(...ts)) * 0.05);
  const x = timeAxis(Math.min(...ts) - pad, Math.max(...ts) + pad, WIDTH - 56 - 24);
  const ticks = niceTicks(0, Math.max(budgetSeconds, ...points.map((p) => p.rtoSeconds)) * 1.1);
  return (
    <figure className="break-inside-avoid space-y-1" data-chart="rto-drift" data-points={points.length}>
      <figcaption className="text-sm font-semibold">Measured failover time (RTO) of incidents and drills, against the {budgetSeconds} s budget</figcaption>
      <ScatterChart width={WIDTH} height={220} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid stroke="#d0d7de" strokeDasharray="3 3" />
        <XAxis dataKey="t" type="number" scale="time" domain={[Math.min(...ts) - pad, Math.max(...ts) + pad]} ticks={x.ticks} interval={0} tickFormatter={x.label} stroke="#57606a" fontSize={11} name="start" />
        <YAxis dataKey="rtoSeconds" type="number" domain={[0, ticks[ticks.length - 1]]} ticks={ticks} stroke="#57606a" fontSize={11} width={56} tickFormatter={(v: number) => `${v} s`} name="RTO" />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine y={budgetSeconds} stroke="#cf222e" strokeDasharray="4 2" label={{ value: `RTO budget ${budgetSeconds} s`, fontSize: 11, fill: "#cf222e", position: "insideTopLeft" }} />
        {/* legendType matches each shape: the key must show the diamond the drills are plotted with. */}
        <Scatter name="real incident" data={points.filter((p) => p.kind === "real")} fill="#cf222e" shape="circle" legendType="circle" isAnimationActive={false} />
        <Scatter name="drill" data={points.filter((p) => p.kind === "drill")} fill="#0969da" shape="diamond" legendType="diamond" isAnimationActive={false} />
      </ScatterChart>
    </figure>
  );
}
