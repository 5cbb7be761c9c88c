import type { ReplicationSnapshot } from "@/lib/snapshot/types";
import { formatSeconds } from "@/lib/format/units";
import { dialArc, dialPoint, lagGauge } from "@/lib/wall/gauge";
import { STATUS_TEXT } from "./tile";
import { StatusBadge } from "@/components/status/status-badge";

const ZONE_STROKE = { ok: "#34d399", warn: "#fcd34d", breach: "#f87171" } as const;

/** Replication lag of one pair on a half dial whose budget mark is the RPO budget. */
export function LagGauge({ pair, regionName }: { pair: ReplicationSnapshot; regionName: (id: string) => string }) {
  const g = lagGauge(pair.lagSecondsNow, pair.budgetSeconds);
  const cx = 100;
  const cy = 92;
  const r = 78;
  const needle = g.position === null ? null : dialPoint(cx, cy, r - 14, g.position);
  const budgetOuter = dialPoint(cx, cy, r + 12, g.budgetPosition);
  const budgetInner = dialPoint(cx, cy, r - 12, g.budgetPosition);
  return (
    <div data-pair={`${pair.source}-${pair.target}-${pair.tier}`} data-status={pair.status} className="flex min-h-0 min-w-0 flex-col items-center">
      <div className="line-clamp-2 max-w-full text-center text-2xl leading-tight font-semibold text-white">
        {regionName(pair.source)} → {regionName(pair.target)}
      </div>
      <div className="text-2xl uppercase tracking-wider text-slate-400">{pair.tier}</div>
      <svg viewBox="0 0 200 104" className="min-h-0 w-full flex-1" role="img" aria-label={`lag ${formatSeconds(pair.lagSecondsNow)} of ${formatSeconds(pair.budgetSeconds)} budget`}>
        <path d={dialArc(cx, cy, r, 0, g.warnPosition)} stroke="#065f46" strokeWidth="16" fill="none" />
        <path d={dialArc(cx, cy, r, g.warnPosition, g.budgetPosition)} stroke="#78350f" strokeWidth="16" fill="none" />
        <path d={dialArc(cx, cy, r, g.budgetPosition, 1)} stroke="#7f1d1d" strokeWidth="16" fill="none" />
        {g.position !== null && g.zone && g.position > 0 && <path d={dialArc(cx, cy, r, 0, g.position)} stroke={ZONE_STROKE[g.zone]} strokeWidth="16" fill="none" />}
        <line x1={budgetInner.x} y1={budgetInner.y} x2={budgetOuter.x} y2={budgetOuter.y} stroke="#f8fafc" strokeWidth="4" />
        {needle && <line x1={cx} y1={cy} x2={needle.x} y2={needle.y} stroke="#f8fafc" strokeWidth="5" strokeLinecap="round" />}
        <circle cx={cx} cy={cy} r="7" fill="#f8fafc" />
      </svg>
      {pair.lagSecondsNow === null ? (
        <span className="text-4xl font-bold text-gray-400" data-no-data="">
          NO DATA
        </span>
      ) : (
        <span className={`text-5xl font-bold tabular-nums ${STATUS_TEXT[pair.status]}`} data-value="lag">
          {/* NO DATA with a value: the newest sample is older than the signal allows (SIGNALS 3.2), so it is the last one seen, not now's. */}
          {pair.status === "no-data" && <span className="text-3xl font-semibold">last </span>}
          {formatSeconds(pair.lagSecondsNow)}
          {g.offScale && <span className="text-3xl"> ▶</span>}
        </span>
      )}
      <div className="flex items-center gap-3 text-2xl text-slate-300">
        <span>RPO budget {formatSeconds(pair.budgetSeconds)}</span>
        <StatusBadge status={pair.status} size="lg" label={`${pair.source} to ${pair.target} ${pair.tier}`} />
      </div>
    </div>
  );
}
