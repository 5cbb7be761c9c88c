import Link from "next/link";
import { DeploymentSummary } from "@/components/config/deployment-summary";
import { SiteNav } from "@/components/nav/site-nav";
import { ViewControls } from "@/components/time-range/view-controls";
import { toViewState, viewHref } from "@/lib/charts/view-url";
import { dataSourceKind, getConfig } from "@/lib/config/runtime";
import { parseViewQuery, TIME_RANGE_PRESETS } from "@/lib/params";
import { memoizedSnapshot, withRecording } from "@/lib/catalog/serve-snapshot";
import { signalDescriptors } from "@/lib/catalog/descriptors";
import { isLiveView } from "@/lib/catalog/live-view";
import { firstPaintSnapshot } from "@/lib/snapshot/first-paint";
import type { ShownSnapshot } from "@/lib/snapshot/types";
import { dataStart, getSource, recordedUntil, sourceNow } from "@/lib/wiring/source";
import { RecordingNote } from "@/components/status/recording-note";
import { Client } from "./client";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The overview: parse the URL, compute the first snapshot here (no HTTP round trip), hand it to the
 * client without what only an opened inspector shows (the KQL: fetched then).
 */
export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const config = getConfig();
  const now = sourceNow();
  const parsed = parseViewQuery(await searchParams, { config, now, dataStart: dataStart(config, now) });
  if (!parsed.ok) {
    return (
      <main className="mx-auto max-w-3xl space-y-3 p-6">
        <h1 className="text-2xl font-bold">Overview</h1>
        <p role="alert" className="rounded border-l-4 border-breach bg-white p-3">
          Invalid parameter <code>{parsed.error.parameter}</code>: {parsed.error.message}. Allowed: {parsed.error.allowed}.
        </p>
        <Link className="text-blue-800 underline" href="/">
          Open the overview with the defaults
        </Link>
      </main>
    );
  }
  const view = toViewState(parsed.value);
  let fallback: ShownSnapshot | null = null;
  let serverError: string | null = null;
  try {
    const live = isLiveView(parsed.value, now);
    const snapshot = await memoizedSnapshot({ config, source: () => getSource(config), range: parsed.value.range, region: parsed.value.region, live });
    fallback = firstPaintSnapshot(withRecording(snapshot, recordedUntil(config), live));
  } catch (err) {
    serverError = `the snapshot could not be computed: ${err instanceof Error ? err.message : String(err)}`;
  }
  return (
    <main className="mx-auto max-w-7xl space-y-4 p-6">
      <header className="space-y-2">
        <SiteNav view={view} current="overview" />
        <h1 className="text-2xl font-bold">Active-active overview</h1>
      </header>
      <ViewControls pathname="/" view={view} presets={TIME_RANGE_PRESETS} regions={config.regions} />
      <RecordingNote note={fallback?.recording} pathname="/" view={view} />
      <p className="text-sm">
        <Link className="font-medium text-blue-800 underline" href={viewHref("/incidents", view, { range: view.at ? view.range : "30d", region: null })}>
          All incidents and drills of the last 30 days
        </Link>
      </p>
      <Client
        view={view}
        fallback={fallback}
        serverError={serverError}
        signals={signalDescriptors()}
        conflictThreshold={config.budgets.conflictDepthThreshold}
        raceWindowMs={config.budgets.splitBrainRaceWindowMs}
        refreshSeconds={30}
      />
      <div className="rounded-lg border border-slate-300 bg-white p-4">
        <DeploymentSummary config={config} source={dataSourceKind(config)} />
      </div>
    </main>
  );
}
