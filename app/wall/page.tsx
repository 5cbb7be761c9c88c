import { headers } from "next/headers";
import { Suspense } from "react";
import { wallTileSignals } from "@/lib/catalog/descriptors";
import type { DashboardConfig } from "@/lib/config/schema";
import { dataSourceKind, getConfigState } from "@/lib/config/runtime";
import { isKioskRequest } from "@/lib/security/principal";
import { redactErrorBody, redactSnapshot } from "@/lib/security/redact";
import { wallFirstPaint } from "@/lib/catalog/wall-first-paint";
import { firstPaintSnapshot } from "@/lib/snapshot/first-paint";
import type { Snapshot } from "@/lib/snapshot/types";
import { parseWallParams, wallRenderedAtMs, wallSnapshotKey, type WallParams } from "@/lib/wall/params";
import { dataStart, getSource, recordedUntil, sourceNow } from "@/lib/wiring/source";
import { Client } from "./client";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * /wall: the NOC screen. Computes the first snapshot here (server-rendered first paint) and hands
 * it to the client as SWR fallback; the client refreshes it for weeks.
 */
export default async function WallPage({ searchParams }: { searchParams: SearchParams }) {
  const state = getConfigState();
  if (!state.ok) return <WallError message={`configuration error: ${state.error}`} />;
  const config = state.config;
  const now = sourceNow();
  const params = parseWallParams(await searchParams, { embedded: dataSourceKind(config) === "embedded", now, dataStart: dataStart(config, now) });
  if (!params.ok) return <WallError message={`invalid parameter "${params.error.parameter}": ${params.error.message}. Allowed: ${params.error.allowed}`} />;
  // A loading shell for the first snapshot (measured: next start still sends both in one flush).
  return (
    <Suspense fallback={<WallLoading name={config.name} />}>
      <WallWithSnapshot config={config} now={now} params={params.value} />
    </Suspense>
  );
}

async function WallWithSnapshot({ config, now, params }: { config: DashboardConfig; now: Date; params: WallParams }) {
  const { at, refreshMs, reloadMs, rotateMs } = params;
  // Today's availability comes with the snapshot: a reloaded kiosk painted "today NO DATA" until its first fetch.
  const { answer, today } = await wallFirstPaint(at, {
    config,
    now,
    dataStart: dataStart(config, now),
    recordedUntil: () => recordedUntil(config),
    source: () => getSource(config),
    log: (message, err) => console.error(`/wall: ${message}`, err),
  });
  // The wall never shows KQL: its runs ship as heads (stale markers, warnings), redacted for a kiosk's page.
  const initial = answer.status === 200 ? firstPaintSnapshot(redactSnapshot(answer.body as Snapshot)) : null;
  // A kiosk's screen never shows server paths or upstream text (the same rule as /api/kiosk/snapshot).
  const kiosk = isKioskRequest(await headers());
  const body = answer.body as unknown as Record<string, unknown>;
  const shown = kiosk ? redactErrorBody(body, answer.status) : body;
  const initialError = initial ? null : `${answer.status}: ${typeof shown.error === "string" ? shown.error : "snapshot failed"}`;

  return (
    <Client
      swrKey={wallSnapshotKey(at)}
      initial={initial}
      initialError={initialError}
      initialToday={today}
      renderedAtMs={wallRenderedAtMs()}
      name={config.name}
      regionNames={Object.fromEntries(config.regions.map((r) => [r.id, r.displayName]))}
      tiles={wallTileSignals()}
      refreshMs={refreshMs}
      reloadMs={reloadMs}
      rotateMs={rotateMs}
      at={at}
    />
  );
}

/** What the screen shows while the server computes the first snapshot: no numbers, no colours. */
function WallLoading({ name }: { name: string }) {
  return (
    <main className="wall-root flex h-screen w-screen flex-col gap-4 overflow-hidden bg-slate-950 p-4 text-slate-100" data-rendered="loading">
      <h1 className="px-2 text-4xl font-bold text-white">{name}</h1>
      <div className="flex flex-1 items-center justify-center">
        <p className="text-5xl font-semibold text-slate-400">Computing the first snapshot…</p>
      </div>
    </main>
  );
}

function WallError({ message }: { message: string }) {
  return (
    <main className="wall-root flex h-screen w-screen items-center justify-center bg-slate-950 p-16 text-slate-100">
      <p role="alert" className="text-4xl font-bold text-amber-300">
        {message}
      </p>
    </main>
  );
}
