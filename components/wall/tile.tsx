import type { ReactNode } from "react";
import { StatusBadge } from "@/components/status/status-badge";
import type { Status } from "@/lib/snapshot/types";
import { compactAge, type TileFreshness } from "@/lib/wall/tiles";
import { formatUtc } from "@/lib/format/units";
import { Unbroken } from "./unbroken";

/** Border colour per status: the tile reads from across the room even before the words do. */
export const STATUS_BORDER: Record<Status, string> = {
  ok: "border-ok",
  warn: "border-warn",
  breach: "border-breach",
  "no-data": "border-nodata",
};

export const STATUS_TEXT: Record<Status, string> = {
  ok: "text-emerald-400",
  warn: "text-amber-300",
  breach: "text-red-400",
  "no-data": "text-gray-400",
};

export function NoData({ className = "text-4xl" }: { className?: string }) {
  return (
    <span className={`font-bold tracking-wide text-gray-400 ${className}`} data-no-data="">
      NO DATA
    </span>
  );
}

/** One wall tile: title, status word, body, and a footer with the age of its data. */
export function Tile({
  id,
  title,
  status,
  freshness,
  className = "",
  reason,
  footnote,
  children,
}: {
  id: string;
  title: string;
  status: Status;
  freshness: TileFreshness;
  className?: string;
  /** Why the tile is not OK, in words: shown as large as the status word, not as a footnote. */
  reason?: string | null;
  /** A few words at the footer's right end, about what the body has no room for (lib computes them). */
  footnote?: string | null;
  children: ReactNode;
}) {
  return (
    <section
      data-tile={id}
      data-status={status}
      aria-label={title}
      className={`flex min-h-0 min-w-0 flex-col overflow-hidden rounded-xl border-l-[0.5rem] bg-slate-900 px-5 py-3 ${STATUS_BORDER[status]} ${className}`}
    >
      <header className="flex items-center justify-between gap-3">
        <h2 className="truncate text-2xl font-semibold uppercase tracking-wider text-slate-300">{title}</h2>
        <StatusBadge status={status} size="lg" label={title} />
      </header>
      {reason && (
        <p className={`text-3xl font-bold leading-[1.1] ${STATUS_TEXT[status]}`} data-tile-reason="">
          <Unbroken text={reason} />
        </p>
      )}
      <div className="flex min-h-0 flex-1 flex-col justify-center" data-tile-body="">
        {children}
      </div>
      <TileFooter freshness={freshness} footnote={footnote ?? null} />
    </section>
  );
}

function TileFooter({ freshness, footnote }: { freshness: TileFreshness; footnote: string | null }) {
  if (freshness.staleSince) {
    return (
      <footer className="mt-1 truncate text-2xl font-semibold text-amber-300" data-tile-stale="">
        ▲ CACHED since {formatUtc(freshness.staleSince, false)} · Azure unreachable
      </footer>
    );
  }
  const age = freshness.ageSeconds === null ? "no rows in window" : `newest row ${compactAge(freshness.ageSeconds)} old`;
  if (!footnote) {
    return (
      <footer className="mt-1 truncate text-2xl text-slate-400" data-tile-age="" title="age of the newest row this tile is computed from">
        {age}
      </footer>
    );
  }
  return (
    <footer className="mt-1 flex min-w-0 justify-between gap-4 text-2xl text-slate-400">
      <span className="truncate" data-tile-age="" title="age of the newest row this tile is computed from">
        {age}
      </span>
      <span className="truncate" data-tile-footnote="">
        {footnote}
      </span>
    </footer>
  );
}
