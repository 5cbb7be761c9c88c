import type { ReactNode } from "react";
import type { AvailabilitySnapshot, Status, WallTileState } from "@/lib/snapshot/types";
import { formatRatio } from "@/lib/format/units";
import { AVAILABILITY_LABELS, availabilityLines, requestBudgetWords, windowLabelParts } from "@/lib/wall/availability-lines";
import { STATUS_STYLE } from "@/components/status/status-badge";
import type { AvailabilityToday } from "@/lib/wall/today";
import type { TileFreshness } from "@/lib/wall/tiles";
import { NoData, STATUS_TEXT, Tile } from "./tile";

/** Availability today and over the SLO window, error budget left and the burn-rate alert state. */
export function AvailabilityTile({
  availability,
  state,
  today,
  freshness,
  className,
}: {
  availability: AvailabilitySnapshot;
  /** The tile's status and reason (PAGE/TICKET rule or downtime overspent), from lib/wall/tile-model.ts. */
  state: WallTileState;
  today: AvailabilityToday | null;
  freshness: TileFreshness;
  className?: string;
}) {
  const a = availability;
  const budget = a.errorBudgetRemainingRatio;
  const budgetWords = requestBudgetWords(budget);
  const budgetText = a.errorBudgetStatus === "breach" ? STATUS_TEXT.breach : a.errorBudgetStatus === "warn" ? STATUS_TEXT.warn : "text-white";
  const reason = state.reason;
  const lines = availabilityLines(a, reason);
  return (
    <Tile id="availability" title="Availability" status={state.status} freshness={freshness} className={className} reason={reason}>
      {/* The target above TODAY, beside the window's two-line label ("30 DAYS ·" / "1 H OF DATA"), not on a row
          of its own: that row pushed the figures over the reason and the footer during an outage (13 px at 1080p). */}
      <div className="grid grid-cols-2 items-end gap-x-4">
        <Figure
          id="today"
          label={
            <>
              <span className="block normal-case tracking-normal" data-value="slo-target">
                SLO {formatRatio(a.target, 2)}
              </span>
              today
            </>
          }
          value={today?.sli ?? null}
          status={today?.status ?? "no-data"}
        />
        <Figure id="window" label={windowText(a)} value={a.sli} status={a.sliStatus} />
      </div>
      <div className="mt-1 flex items-baseline justify-between gap-2">
        <span className="text-2xl text-slate-300">{AVAILABILITY_LABELS.requestBudget}</span>
        {budgetWords === null ? (
          <NoData className="text-3xl" />
        ) : (
          <span className={`whitespace-nowrap text-4xl font-bold tabular-nums ${budgetText}`} data-value="budget">
            {budgetWords.value}
          </span>
        )}
      </div>
      <div className="h-3 shrink-0 overflow-hidden rounded-full bg-slate-700" aria-hidden="true">
        <div className={`h-full rounded-full ${a.errorBudgetStatus === "ok" ? "bg-emerald-400" : "bg-amber-300"}`} style={{ width: `${Math.round(Math.min(1, Math.max(0, budget ?? 0)) * 100)}%` }} />
      </div>
      {lines.downtime && <div className="text-2xl text-slate-400">{lines.downtime}</div>}
      {lines.burn && (
        <div className={`mt-1 text-2xl font-bold ${STATUS_TEXT[lines.burn.status]}`} data-value="burn-alert">
          {STATUS_STYLE[lines.burn.status].icon} {lines.burn.text}
        </div>
      )}
    </Tile>
  );
}

/** "30 DAYS" or "30 DAYS · 1 H OF DATA", the note never split across lines. */
function windowText(a: AvailabilitySnapshot): ReactNode {
  const { window, note } = windowLabelParts(a);
  if (!note) return window;
  return (
    <>
      {window} · <span className="whitespace-nowrap" data-value="window-coverage">{note}</span>
    </>
  );
}

function Figure({ id, label, value, status }: { id: string; label: ReactNode; value: number | null; status: Status }) {
  return (
    <div className="flex min-w-0 flex-col">
      <span className="text-2xl uppercase tracking-wider text-slate-400">{label}</span>
      {value === null ? (
        <NoData className="text-4xl" />
      ) : (
        <span className={`text-5xl font-bold tabular-nums ${status === "breach" ? STATUS_TEXT.breach : "text-white"}`} data-value={`sli-${id}`}>
          {(Math.floor(value * 10_000) / 100).toFixed(2)}
          <span className="text-3xl"> %</span>
        </span>
      )}
    </div>
  );
}
