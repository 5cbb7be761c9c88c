import Link from "next/link";
import { notFound } from "next/navigation";
import { SiteNav } from "@/components/nav/site-nav";
import { StatusBadge } from "@/components/status/status-badge";
import { DEFAULT_WIDTH_PX } from "@/lib/charts/bins";
import { incidentMilestones, incidentWindow } from "@/lib/charts/incident";
import { platformEventsDuring } from "@/lib/charts/annotations";
import { runSeries } from "@/lib/catalog/series";
import type { SeriesResponse } from "@/lib/charts/types";
import { viewHref, viewRangeWords } from "@/lib/charts/view-url";
import { getConfig } from "@/lib/config/runtime";
import { formatUtc } from "@/lib/format/units";
import { incidentPageRequest, lookUpIncident } from "@/lib/catalog/incident-page";
import { dataStart, getSource, recordedUntil, sourceNow } from "@/lib/wiring/source";
import { Client } from "./client";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * One incident's timeline: found again from its id (region + start) in a snapshot around its start.
 * No such incident is a 404 whose page (app/not-found.tsx, through proxy.ts) says why from the same id and view.
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
  const source = getSource(config);
  // proxy.ts has already routed an id naming no incident to the 404 page (app/not-found.tsx); should
  // this lookup still find none, ./not-found.tsx says why (drawn by the client: Next 16's notFound()).
  const found = await lookUpIncident({ config, source: () => source, id, key, asOf, live, dataStart: dataStart(config, now), dataEnd: recordedUntil(config) });
  if (!found.incident) notFound();
  const { incident, snapshot } = found;
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
