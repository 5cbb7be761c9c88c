import { NextResponse, type NextRequest } from "next/server";
import { dataSourceKind, getConfigState } from "@/lib/config/runtime";
import { readEnv } from "@/lib/env";
import { checkStartup, redactPaths } from "@/lib/wiring/startup";
import { seesServerDetails } from "@/lib/security/principal";
import { sharedTier } from "@/lib/shared-tier";
import { sharedTierHealth } from "@/lib/doctor/shared-tier-check";
import { queryWorkerState } from "@/lib/wiring/source";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

/** The shared tier's state (mode shared/local/off, replicas, this replica's local share), or why its setting is wrong. */
function sharedTierState() {
  try {
    return sharedTierHealth(sharedTier(), configuredRateLimit());
  } catch (err) {
    return { mode: "error" as const, error: err instanceof Error ? err.message : String(err) };
  }
}

/** The per-client budget of all replicas together; undefined when the environment is bad (its problem is reported below). */
function configuredRateLimit() {
  try {
    const env = readEnv();
    return { burst: env.RATE_LIMIT_BURST, perSecond: env.RATE_LIMIT_PER_SECOND };
  } catch {
    return undefined;
  }
}

/** Ok only when config, environment, the embedded dataset and the shared tier are usable; kiosks and strangers see no file paths. */
export function GET(request: NextRequest) {
  const state = getConfigState();
  const startup = checkStartup();
  const shared = sharedTierState();
  const redacted = !seesServerDetails(request.headers, state.ok && state.config.auth?.enabled === true);
  const shown = (text: string) => (redacted ? redactPaths(text) : text);
  const file = redacted ? undefined : state.file;
  const ok = startup.ok && shared.mode !== "error";
  return NextResponse.json(
    {
      status: ok ? "ok" : "error",
      version: packageJson.version,
      source: state.ok ? dataSourceKind(state.config) : null,
      config: state.ok ? { loaded: true, file, name: state.config.name } : { loaded: false, file, error: shown(state.error) },
      ...(startup.ok ? {} : { problems: startup.problems.map((p) => ({ area: p.area, message: shown(p.message) })) }),
      // "local" is not an error: the replica serves with its share of the limits until Redis returns.
      sharedTier: redacted && shared.mode === "error" ? { mode: "error" } : shared,
      // Embedded only: "on" when replays compute in the query worker, off the thread answering this probe.
      ...(queryWorkerState() ? { queryWorker: queryWorkerState() } : {}),
    },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
