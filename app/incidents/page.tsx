import Link from "next/link";
import { IncidentsPanel } from "@/components/overview/incidents-panel";
import { SiteNav } from "@/components/nav/site-nav";
import { ViewControls } from "@/components/time-range/view-controls";
import { toViewState } from "@/lib/charts/view-url";
import { getConfig } from "@/lib/config/runtime";
import { parseViewQuery, TIME_RANGE_PRESETS } from "@/lib/params";
import { isLiveView } from "@/lib/catalog/live-view";
import { memoizedSnapshot, withRecording } from "@/lib/catalog/serve-snapshot";
import { firstPaintSnapshot } from "@/lib/snapshot/first-paint";
import type { ShownSnapshot } from "@/lib/snapshot/types";
import { dataStart, getSource, recordedUntil, sourceNow } from "@/lib/wiring/source";
import { RecordingNote } from "@/components/status/recording-note";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every incident and drill of a range (30 days by default), newest first, each linking to its timeline. */
export default async function IncidentsPage({ searchParams }: Props) {
  const config = getConfig();
  const now = sourceNow();
  const parsed = parseViewQuery(await searchParams, { config, now, defaultPreset: "30d", dataStart: dataStart(config, now) });
  if (!parsed.ok) {
    return (
      <main className="mx-auto max-w-3xl space-y-3 p-6">
        <h1 className="text-2xl font-bold">Incidents</h1>
        <p role="alert" className="rounded border-l-4 border-breach bg-white p-3">
          Invalid parameter <code>{parsed.error.parameter}</code>: {parsed.error.message}. Allowed: {parsed.error.allowed}.
        </p>
        <Link className="text-blue-800 underline" href="/incidents">
          Open with the defaults
        </Link>
      </main>
    );
  }
  const view = toViewState(parsed.value);
  let snapshot: ShownSnapshot | null = null;
  let error: string | null = null;
  try {
    const live = isLiveView(parsed.value, now);
    const built = await memoizedSnapshot({ config, source: () => getSource(config), range: parsed.value.range, region: parsed.value.region, live });
    snapshot = firstPaintSnapshot(withRecording(built, recordedUntil(config), live));
  } catch (err) {
    error = `the incidents could not be computed: ${err instanceof Error ? err.message : String(err)}`;
  }
  return (
    <main className="mx-auto max-w-7xl space-y-4 p-6">
      <header className="space-y-2">
        <SiteNav view={view} current="incidents" />
        <h1 className="text-2xl font-bold">Incidents and drills</h1>
      </header>
      <ViewControls pathname="/incidents" view={view} presets={TIME_RANGE_PRESETS} regions={config.regions} />
      <RecordingNote note={snapshot?.recording} pathname="/incidents" view={view} />
      <IncidentsPanel snapshot={snapshot} error={error} view={view} />
    </main>
  );
}
