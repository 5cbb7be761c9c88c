import type { BurnWindow, ShownSnapshot } from "@/lib/snapshot/types";
import { formatMinutes, formatRatio } from "@/lib/format/units";
import { BURN_THRESHOLD } from "@/lib/snapshot/burn-rules";
import { AVAILABILITY_LABELS, requestBudgetWords, windowLabel } from "@/lib/wall/availability-lines";
import { tileState } from "@/lib/wall/tile-model";
import { tileFreshness } from "@/lib/wall/tiles";
import { NoData, Tile } from "./tile";

const WINDOWS: BurnWindow[] = ["5m", "30m", "1h", "6h", "3d"];

/** The rotation's second view: the SLO summary, large. */
export function SloView({ snapshot, sinceArrivalSeconds, signalKeys }: { snapshot: ShownSnapshot; sinceArrivalSeconds: number; signalKeys: readonly string[] }) {
  const a = snapshot.availability;
  const budget = requestBudgetWords(a.errorBudgetRemainingRatio);
  const fresh = tileFreshness(snapshot, signalKeys, sinceArrivalSeconds);
  return (
    <div className="grid min-h-0 flex-1 grid-cols-2 gap-4" data-view="slo">
      <Tile id="slo-summary" title={`SLO ${formatRatio(a.target, 2)} · ${windowLabel(a)}`} status={tileState(snapshot, "slo-summary").status} freshness={fresh}>
        <div className="flex flex-col gap-4">
          <Row label="Availability">{a.sli === null ? <NoData className="text-6xl" /> : <Big>{formatRatio(a.sli, 3)}</Big>}</Row>
          <Row label={AVAILABILITY_LABELS.requestBudget}>
            {budget === null ? (
              <NoData className="text-6xl" />
            ) : (
              <span>
                <Big>{budget.value}</Big>
                {budget.spent && <span className="text-3xl text-slate-400"> {budget.spent}</span>}
              </span>
            )}
          </Row>
          <Row label={AVAILABILITY_LABELS.badMinutes}>
            <span className="text-5xl font-bold tabular-nums text-white">
              {formatMinutes(a.downtimeMinutes)} <span className="text-3xl text-slate-400">of {formatMinutes(a.allowedDowntimeMinutes)}</span>
            </span>
          </Row>
        </div>
      </Tile>
      <Tile id="slo-burn" title="Burn rate" status={tileState(snapshot, "slo-burn").status} freshness={fresh}>
        <table className="w-full text-4xl">
          <thead>
            <tr className="text-left text-2xl uppercase tracking-wider text-slate-400">
              <th className="font-semibold">window</th>
              <th className="text-right font-semibold">burn</th>
              <th className="text-right font-semibold">alert at</th>
            </tr>
          </thead>
          <tbody>
            {WINDOWS.map((w) => {
              const v = a.burnRates[w];
              return (
                <tr key={w} className="border-t border-slate-800">
                  <td className="py-2 text-slate-200">{w}</td>
                  <td className={`py-2 text-right font-bold tabular-nums ${a.burnOver[w] === null ? "text-slate-400" : a.burnOver[w] ? "text-red-400" : "text-white"}`}>{v === null ? "NO DATA" : `${v.toFixed(2)}×`}</td>
                  <td className="py-2 text-right tabular-nums text-slate-400">{BURN_THRESHOLD[w]}×</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="mt-4 flex flex-wrap gap-3">
          {a.alerts.length === 0 ? (
            a.sli === null ? null : <span className="text-3xl font-bold text-emerald-400">✓ No burn-rate alert</span>
          ) : (
            a.alerts.map((x) => (
              <span key={x.rule} className={`rounded px-4 py-2 text-3xl font-bold text-white ${x.severity === "page" ? "bg-breach" : "bg-warn"}`}>
                {x.severity === "page" ? "✕ PAGE" : "▲ TICKET"} {x.rule}
              </span>
            ))
          )}
        </div>
      </Tile>
    </div>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col">
      <span className="text-2xl uppercase tracking-wider text-slate-400">{label}</span>
      {children}
    </div>
  );
}

function Big({ children }: { children: React.ReactNode }) {
  return <span className="text-8xl font-bold tabular-nums text-white">{children}</span>;
}
