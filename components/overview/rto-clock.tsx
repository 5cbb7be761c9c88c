"use client";

import { useEffect, useState } from "react";
import { StatusBadge } from "@/components/status/status-badge";
import { formatClock } from "@/lib/format/units";
import type { Status } from "@/lib/snapshot/types";

export interface RtoClockProps {
  start: string;
  recoveredAt: string | null;
  rtoSeconds: number | null;
  budgetSeconds: number;
  /** The data's "as of": the clock starts there, never at the browser's wall time. */
  asOf: string;
  /** Ticks while the incident is open and the view is live (not a replay). */
  live: boolean;
  /** The incident's RTO status from the snapshot (the clock shows it, never judges it; the page refreshes). */
  status: Status;
}

/** Elapsed time to recovery against the RTO budget; an open incident's clock keeps running. */
export function RtoClock({ start, recoveredAt, rtoSeconds, budgetSeconds, asOf, live, status }: RtoClockProps) {
  const base = recoveredAt && rtoSeconds != null ? rtoSeconds : Math.max(0, (Date.parse(asOf) - Date.parse(start)) / 1000);
  const [tick, setTick] = useState(0);
  const open = recoveredAt === null;
  useEffect(() => {
    if (!open || !live) return;
    // "now" is taken in the effect, never during render: the clock advances from the data's asOf.
    const mounted = performance.now();
    const timer = setInterval(() => setTick((performance.now() - mounted) / 1000), 1000);
    return () => clearInterval(timer);
  }, [open, live, asOf]);
  const elapsed = base + (open && live ? tick : 0);
  return (
    <span className="inline-flex items-center gap-2" data-rto-clock={open ? "running" : "stopped"}>
      <span className="font-mono text-lg font-bold tabular-nums" aria-label={`RTO ${formatClock(elapsed)} of budget ${formatClock(budgetSeconds)}`}>
        {formatClock(elapsed)}
      </span>
      <span className="text-xs text-slate-600">/ budget {formatClock(budgetSeconds)}</span>
      <StatusBadge status={status} label="RTO against budget" />
      {open && <span className="text-xs font-bold text-breach">{live ? "● OPEN" : "OPEN at this time"}</span>}
    </span>
  );
}
