"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { ChartPanel } from "@/components/charts/chart-panel";
import { Panel } from "@/components/inspector/panel";
import { IncidentMeasures } from "@/components/overview/incident-measures";
import { RtoClock } from "@/components/overview/rto-clock";
import { IncidentReasons } from "@/components/status/incident-reasons";
import { PlatformBanner } from "@/components/platform/platform-banner";
import { platformAnnotations } from "@/lib/charts/annotations";
import type { TimelineEvent } from "@/lib/charts/incident";
import { panelState } from "@/lib/charts/panel-state";
import type { Annotation, SeriesResponse } from "@/lib/charts/types";
import { formatSeconds, formatUtc } from "@/lib/format/units";
import type { IncidentSnapshot, PlatformEvent, SignalMeta } from "@/lib/snapshot/types";

export interface IncidentClientProps {
  incident: IncidentSnapshot;
  asOf: string;
  live: boolean;
  milestones: TimelineEvent[];
  /** Azure-reported events overlapping the incident in its region. */
  platformEvents: PlatformEvent[];
  series: SeriesResponse | null;
  seriesError: string | null;
  meta: SignalMeta | null;
  widthPx: number;
  refreshSeconds: number;
}

/** One incident on one time axis: milestones, then every signal's chart over the same window. */
export function Client({ incident, asOf, live, milestones, platformEvents, series, seriesError, meta, widthPx, refreshSeconds }: IncidentClientProps) {
  const router = useRouter();
  const open = incident.recoveredAt === null;
  useEffect(() => {
    // An open incident in a live view re-renders on the server; the old page stays until the new one arrives.
    if (!open || !live) return;
    const timer = setInterval(() => router.refresh(), refreshSeconds * 1000);
    return () => clearInterval(timer);
  }, [open, live, refreshSeconds, router]);

  const start = Date.parse(incident.start);
  const annotations: Annotation[] = [
    { kind: incident.kind === "drill" ? "drill" : "incident", t: start, end: incident.recoveredAt ? Date.parse(incident.recoveredAt) : Date.parse(asOf), region: incident.region, label: `${incident.region} ${incident.kind}` },
    ...milestones.filter((m) => m.kind !== "start").map((m): Annotation => ({ kind: m.kind === "flip" ? "flip" : "milestone", t: m.t, region: incident.region, label: m.label })),
    ...platformAnnotations(platformEvents, Date.parse(asOf), incident.region),
  ];
  const from = series ? Date.parse(series.range.from) : start;
  const to = series ? Date.parse(series.range.to) : Date.parse(asOf);
  const metaState = meta && panelState({ status: meta.status, queries: meta.queries, warnings: meta.warnings, hasData: true, fetchError: null, shownAsOf: asOf });
  return (
    <div className="space-y-4">
      <PlatformBanner events={platformEvents} context={`for ${incident.region} during this ${incident.kind === "drill" ? "drill" : "incident"}`} />
      <Panel id="measures" title="Measured against budgets" status={incident.status} state={metaState ?? { noData: null, stale: null, partial: [], coverage: [] }} queries={meta?.queries ?? []}>
        <p className="text-sm">
          RTO clock: <RtoClock start={incident.start} recoveredAt={incident.recoveredAt} rtoSeconds={incident.rtoSeconds} budgetSeconds={incident.rtoBudgetSeconds} asOf={asOf} live={live} status={incident.rtoStatus} />
        </p>
        <IncidentReasons reasons={incident.reasons} className="rounded border-l-4 border-slate-800 bg-slate-50 p-2 text-sm font-medium" />
        <IncidentMeasures incident={incident} />
        <h3 className="pt-2 font-semibold">Milestones</h3>
        <ol className="space-y-0.5 text-sm" data-milestones>
          {milestones.map((m) => (
            <li key={`${m.kind}-${m.t}`} data-milestone={m.kind}>
              <span className="font-mono">{formatUtc(new Date(m.t).toISOString())}</span> (+{formatSeconds((m.t - start) / 1000)}) {m.label}
            </li>
          ))}
        </ol>
      </Panel>
      {!series && (
        <p role="alert" className="rounded border-l-4 border-breach bg-white p-3" data-state="no-data">
          <span className="font-bold">NO DATA</span>: {seriesError ?? "the timeline series could not be computed"}
        </p>
      )}
      {series?.panels.map((panel) => (
        <ChartPanel
          key={panel.id}
          panel={panel}
          queries={series.queries}
          annotations={annotations}
          from={from}
          to={to}
          maxWidthPx={widthPx}
          binSeconds={series.binSeconds}
          fetchError={null}
          shownAsOf={series.asOf}
          refreshing={false}
        />
      ))}
    </div>
  );
}
