import Link from "next/link";
import { notFound } from "next/navigation";
import { SiteNav } from "@/components/nav/site-nav";
import { StatusBadge } from "@/components/status/status-badge";
import { DEFAULT_WIDTH_PX } from "@/lib/charts/bins";
import { findIncident, incidentMilestones, incidentWindow, parseIncidentKey } from "@/lib/charts/incident";
import { platformEventsDuring } from "@/lib/charts/annotations";
import { runSeries } from "@/lib/catalog/series";
import type { SeriesResponse } from "@/lib/charts/types";
import { toViewState, viewHref, viewRangeWords, type ViewState } from "@/lib/charts/view-url";
import { getConfig } from "@/lib/config/runtime";
import { formatUtc } from "@/lib/format/units";
import { parseIncidentId, parseViewWindow } from "@/lib/params";
import { memoizedSnapshot } from "@/lib/catalog/serve-snapshot";
import { getSource, sourceNow } from "@/lib/wiring/source";
import { Client } from "./client";

export const dynamic = "force-dynamic";

/** How far after the start an incident is looked for: long enough for any recovery the budget cares about. */
const SEARCH_AFTER_START_MS = 12 * 3600_000;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One incident's timeline: found again from its id (region + start) in a snapshot around its start. */
export default async function IncidentPage({ params, searchParams }: Props) {
  const id = parseIncidentId(decodeSegment((await params).id));
  const key = id.ok ? parseIncidentKey(id.value) : null;
  if (!id.ok || !key) notFound();
  const config = getConfig();
  if (!config.regions.some((r) => r.id === key.region)) notFound();
  const now = sourceNow();
  const sp = await searchParams;
  // The view the incident was opened from, kept for the links back (proxy.ts refused an invalid one).
  const parsed = parseViewWindow(sp, { now, defaultPreset: "30d" });
  const shown = parsed.ok ? parsed.value : { asOf: undefined, range: { preset: "30d", from: new Date(now.getTime() - 30 * 86_400_000), to: now } };
  const asOf = shown.asOf ?? now;
  const view: ViewState = toViewState({ ...shown, region: undefined });
  const back = (
    <Link className="text-blue-800 underline" href={viewHref("/incidents", view)}>
      All incidents {viewRangeWords(view)}
    </Link>
  );
  if (key.start > asOf) notFound();
  const source = getSource(config);
  const searchTo = new Date(Math.min(asOf.getTime(), key.start.getTime() + SEARCH_AFTER_START_MS));
  const snapshot = await memoizedSnapshot({ config, source: () => source, range: { from: new Date(key.start.getTime() - 30 * 60_000), to: searchTo }, region: key.region, live: false });
  const incident = findIncident(snapshot, id.value);
  if (!incident) {
    return (
      <main className="mx-auto max-w-3xl space-y-3 p-6">
        <h1 className="text-2xl font-bold">Incident {id.value}</h1>
        <p role="alert" className="rounded border-l-4 border-breach bg-white p-3">
          No incident of {key.region} starts at {formatUtc(key.start.toISOString())} in the data as of {formatUtc(asOf.toISOString())}.
        </p>
        {back}
      </main>
    );
  }
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
        live={shown.asOf === undefined}
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

/** The id segment decoded once more (links encode its colons); a malformed escape is no incident (404, not 500). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}
