import Link from "next/link";
import { notFound } from "next/navigation";
import { SiteNav } from "@/components/nav/site-nav";
import { StatusBadge } from "@/components/status/status-badge";
import { DEFAULT_WIDTH_PX } from "@/lib/charts/bins";
import { findIncident, incidentMilestones, incidentOutsideData, incidentWindow, SEARCH_AFTER_START_MS, SEARCH_BEFORE_START_MS } from "@/lib/charts/incident";
import { platformEventsDuring } from "@/lib/charts/annotations";
import { runSeries } from "@/lib/catalog/series";
import type { SeriesResponse } from "@/lib/charts/types";
import { viewHref, viewRangeWords } from "@/lib/charts/view-url";
import { getConfig } from "@/lib/config/runtime";
import { formatUtc } from "@/lib/format/units";
import { memoizedSnapshot } from "@/lib/catalog/serve-snapshot";
import { dataStart, getSource, recordedUntil, sourceNow } from "@/lib/wiring/source";
import { Client } from "./client";
import { incidentPageRequest } from "./view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * One incident's timeline: found again from its id (region + start) in a snapshot around its start.
 * No such incident is a 404 whose page (./not-found.tsx) says why from the same id and view.
 */
export default async function IncidentPage({ params, searchParams }: Props) {
  const now = sourceNow();
  const { id, key, asOf, live, view } = incidentPageRequest((await params).id, await searchParams, now);
  if (id === null || !key) notFound();
  const config = getConfig();
  if (!config.regions.some((r) => r.id === key.region)) notFound();
  const back = (
    <Link className="text-blue-800 underline" href={viewHref("/incidents", view)}>
      All incidents {viewRangeWords(view)}
    </Link>
  );
  // Outside the data nothing can be found: no search (./not-found.tsx says which side).
  if (incidentOutsideData({ start: key.start, asOf, dataStart: dataStart(config, now), dataEnd: recordedUntil(config) })) notFound();
  const source = getSource(config);
  const searchTo = new Date(Math.min(asOf.getTime(), key.start.getTime() + SEARCH_AFTER_START_MS));
  const snapshot = await memoizedSnapshot({ config, source: () => source, range: { from: new Date(key.start.getTime() - SEARCH_BEFORE_START_MS), to: searchTo }, region: key.region, live: false });
  const incident = findIncident(snapshot, id);
  // Before: a 200 page; a link to an incident that is not there is a 404 like any missing page.
  if (!incident) notFound();
  const window = incidentWindow(incident, asOf);
  let series: SeriesResponse | null = null;
  let seriesError: string | null = null;
  try {
    series = (await runSeries({ config, source, signal: "incidents", range: window, widthPx: DEFAULT_WIDTH_PX })).response;
  } catch (err) {
    seriesError = `the timeline series could not be computed: ${err instanceof Error ? err.message : String(err)}`;
  }
  const region = config.regions.find((r) => r.id === incident.region);
  return (
    <main className="mx-auto max-w-7xl space-y-4 p-6">
      <header className="space-y-2">
        <SiteNav view={view} current="incidents" />
        <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold">
          {incident.kind === "drill" ? "Drill" : "Incident"}: {region?.displayName ?? incident.region} at {formatUtc(incident.start)}
          <StatusBadge status={incident.status} size="lg" label="incident" />
        </h1>
        <p className="text-sm text-slate-700">
          Timeline {formatUtc(window.from.toISOString())} → {formatUtc(window.to.toISOString())}, every chart on the same time axis. {back}
        </p>
      </header>
      <Client
        incident={incident}
        asOf={asOf.toISOString()}
        live={live}
        milestones={incidentMilestones(incident, snapshot.originFlips)}
        platformEvents={platformEventsDuring(snapshot.platformHealth.events, incident.region, Date.parse(incident.start), Date.parse(incident.recoveredAt ?? asOf.toISOString()))}
        series={series}
        seriesError={seriesError}
        meta={snapshot.signals.incidents ?? null}
        widthPx={DEFAULT_WIDTH_PX}
        refreshSeconds={30}
      />
    </main>
  );
}
