"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { fromUtcInput, toUtcInput, viewHref, type ViewState } from "@/lib/charts/view-url";
import { formatUtc } from "@/lib/format/units";

export interface ViewControlsProps {
  pathname: string;
  view: ViewState;
  presets: readonly string[];
  regions: readonly { id: string; displayName: string }[];
  /** Pages scoped to one incident have no region filter. */
  showRegion?: boolean;
}

const chip = "rounded border px-2 py-0.5 text-sm";
const active = "border-slate-900 bg-slate-900 text-white";
const idle = "border-slate-400 bg-white text-slate-900 hover:bg-slate-100";

/**
 * A UTC date-time typed as YYYY-MM-DD HH:MM, 24 h: `datetime-local` would show the browser's locale
 * (12/04/2026, 09:32 PM) beside the UTC 24 h times everywhere else on the page.
 */
function UtcInput({ name, value, onChange }: { name: string; value: string; onChange: (value: string) => void }) {
  return (
    <input
      type="text"
      name={name}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder="YYYY-MM-DD HH:MM"
      pattern="\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}"
      title="UTC, 24 h: YYYY-MM-DD HH:MM"
      size={16}
      spellCheck={false}
      autoComplete="off"
      className="rounded border border-slate-400 px-1 font-mono tabular-nums"
    />
  );
}

/**
 * Time range (presets and custom), "as of" replay time and region filter. Every choice is a URL
 * change, so the address bar always reproduces the view that is on screen.
 */
export function ViewControls({ pathname, view, presets, regions, showRegion = true }: ViewControlsProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [from, setFrom] = useState(toUtcInput(view.from));
  const [to, setTo] = useState(toUtcInput(view.to));
  const [at, setAt] = useState(toUtcInput(view.at));
  const [problem, setProblem] = useState<string | null>(null);
  // A navigation brings a new view: reset the inputs to it (React's "adjust state on prop change").
  const viewKey = viewHref(pathname, view);
  const [shownKey, setShownKey] = useState(viewKey);
  if (shownKey !== viewKey) {
    setShownKey(viewKey);
    setFrom(toUtcInput(view.from));
    setTo(toUtcInput(view.to));
    setAt(toUtcInput(view.at));
    setProblem(null);
  }
  const go = (href: string) => startTransition(() => router.push(href));

  const applyCustom = (e: FormEvent) => {
    e.preventDefault();
    const f = fromUtcInput(from);
    const t = fromUtcInput(to);
    if (!f || !t) return setProblem("Enter both From and To as UTC date and time, YYYY-MM-DD HH:MM.");
    if (f >= t) return setProblem("From must be before To.");
    setProblem(null);
    // A replay keeps replaying, as of the window's end (the server refuses an `at` elsewhere).
    go(viewHref(pathname, view, { range: "custom", from: f, to: t, at: view.at ? t : undefined }));
  };
  const applyAt = (e: FormEvent) => {
    e.preventDefault();
    const a = fromUtcInput(at);
    if (!a) return setProblem("Enter the as-of time as UTC date and time, YYYY-MM-DD HH:MM.");
    setProblem(null);
    // A custom window ending elsewhere would ignore the replay time: fall back to the preset length.
    go(viewHref(pathname, view, { at: a, range: view.range === "custom" ? "1h" : view.range }));
  };

  return (
    <nav aria-label="Time range and region" className="space-y-2 rounded-lg border border-slate-300 bg-white p-3 text-sm" data-view-controls>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">Range</span>
        {presets.map((p) => (
          <Link
            key={p}
            href={viewHref(pathname, view, { range: p })}
            className={`${chip} ${view.range === p ? active : idle}`}
            aria-current={view.range === p ? "true" : undefined}
            data-preset={p}
          >
            {p}
          </Link>
        ))}
        <form onSubmit={applyCustom} className="flex flex-wrap items-center gap-1" aria-label="Custom range">
          <label className="flex items-center gap-1">
            From (UTC)
            <UtcInput name="from" value={from} onChange={setFrom} />
          </label>
          <label className="flex items-center gap-1">
            To (UTC)
            <UtcInput name="to" value={to} onChange={setTo} />
          </label>
          <button type="submit" className={`${chip} ${view.range === "custom" ? active : idle}`}>
            Apply custom
          </button>
        </form>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <form onSubmit={applyAt} className="flex items-center gap-1" aria-label="As of">
          <label className="flex items-center gap-1">
            <span className="font-semibold">As of (UTC)</span>
            <UtcInput name="at" value={at} onChange={setAt} />
          </label>
          <button type="submit" className={`${chip} ${idle}`}>
            Replay
          </button>
        </form>
        <Link href={viewHref(pathname, view, { at: null })} className={`${chip} ${view.at ? idle : active}`} aria-current={view.at ? undefined : "true"}>
          Live
        </Link>
        {showRegion && (
          <label className="flex items-center gap-1">
            <span className="font-semibold">Region</span>
            <select
              value={view.region ?? ""}
              onChange={(e) => go(viewHref(pathname, view, { region: e.target.value || null }))}
              className="rounded border border-slate-400 bg-white px-1"
              name="region"
            >
              <option value="">All regions</option>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.displayName}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="ml-auto text-slate-700" data-window>
          {formatUtc(view.from, false)} → {formatUtc(view.to, false)} {view.at ? "(replay)" : "(live)"}
          {pending && <span role="status"> loading…</span>}
        </span>
      </div>
      {problem && (
        <p role="alert" className="text-breach">
          {problem}
        </p>
      )}
    </nav>
  );
}
