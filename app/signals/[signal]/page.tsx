import Link from "next/link";
import { notFound } from "next/navigation";
import { SiteNav } from "@/components/nav/site-nav";
import { ViewControls } from "@/components/time-range/view-controls";
import { DEFAULT_WIDTH_PX } from "@/lib/charts/bins";
import { runSeries } from "@/lib/catalog/series";
import { rowsPage } from "@/lib/catalog/serve-series";
import type { RowsResponse, SeriesResponse } from "@/lib/charts/types";
import { toViewState } from "@/lib/charts/view-url";
import { getConfig } from "@/lib/config/runtime";
import { parseViewQuery, TIME_RANGE_PRESETS } from "@/lib/params";
import { parseSignalName } from "@/lib/catalog/signal-param";
import { signalModule } from "@/lib/signals";
import { buildSnapshot } from "@/lib/catalog/build";
import { firstPaintSnapshot, runHeads } from "@/lib/snapshot/first-paint";
import type { QueryRunHead, ShownSnapshot } from "@/lib/snapshot/types";
import { dataStart, getSource, recordedUntil, sourceNow } from "@/lib/wiring/source";
import { withRecording } from "@/lib/catalog/serve-snapshot";
import { isLiveView } from "@/lib/catalog/live-view";
import { RecordingNote } from "@/components/status/recording-note";
import { Client } from "./client";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ signal: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Drill-down of one signal: snapshot, series and the first rows page computed here for the first paint. */
export default async function SignalPage({ params, searchParams }: Props) {
  const signal = parseSignalName((await params).signal);
  if (!signal.ok) notFound();
  const title = signalModule(signal.value)?.title ?? signal.value;
  const config = getConfig();
  const now = sourceNow();
  const parsed = parseViewQuery(await searchParams, { config, now, dataStart: dataStart(config, now) });
  if (!parsed.ok) {
    return (
      <main className="mx-auto max-w-3xl space-y-3 p-6">
        <h1 className="text-2xl font-bold">{title}</h1>
        <p role="alert" className="rounded border-l-4 border-breach bg-white p-3">
          Invalid parameter <code>{parsed.error.parameter}</code>: {parsed.error.message}. Allowed: {parsed.error.allowed}.
        </p>
        <Link className="text-blue-800 underline" href={`/signals/${signal.value}`}>
          Open with the defaults
        </Link>
      </main>
    );
  }
  const { range, region } = parsed.value;
  const view = toViewState(parsed.value);
  const source = getSource(config);
  let snapshot: ShownSnapshot | null = null;
  let series: SeriesResponse<QueryRunHead> | null = null;
  let rows: RowsResponse | null = null;
  let serverError: string | null = null;
  try {
    const [snap, run] = await Promise.all([buildSnapshot({ config, source, range, region }), runSeries({ config, source, signal: signal.value, range, widthPx: DEFAULT_WIDTH_PX, region })]);
    // Runs as heads: an inspector fetches the full snapshot or series when opened.
    snapshot = firstPaintSnapshot(withRecording(snap, recordedUntil(config), isLiveView(parsed.value, now)));
    series = { ...run.response, queries: runHeads(run.response.queries) };
    rows = rowsPage(signal.value, run, undefined, 0, 200);
  } catch (err) {
    serverError = `could not compute the signal: ${err instanceof Error ? err.message : String(err)}`;
  }
  return (
    <main className="mx-auto max-w-7xl space-y-4 p-6">
      <header className="space-y-2">
        <SiteNav view={view} current={signal.value} />
        <h1 className="text-2xl font-bold">{title}</h1>
      </header>
      <ViewControls pathname={`/signals/${signal.value}`} view={view} presets={TIME_RANGE_PRESETS} regions={config.regions} />
      <RecordingNote note={snapshot?.recording} pathname={`/signals/${signal.value}`} view={view} />
      <Client
        signal={signal.value}
        view={view}
        widthPx={DEFAULT_WIDTH_PX}
        snapshot={snapshot}
        series={series}
        rows={rows}
        serverError={serverError}
        refreshSeconds={30}
        conflictThreshold={config.budgets.conflictDepthThreshold}
        raceWindowMs={config.budgets.splitBrainRaceWindowMs}
      />
    </main>
  );
}
