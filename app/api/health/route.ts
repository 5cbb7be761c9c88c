import { NextResponse } from "next/server";
import { dataSourceKind, getConfigState } from "@/lib/config/runtime";
import { sharedTier } from "@/lib/shared-tier";
import { sharedTierHealth } from "@/lib/doctor/shared-tier-check";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

/** The shared tier's state (mode shared/local/off, replicas, this replica's local share), or why its setting is wrong. */
function sharedTierState() {
  try {
    return sharedTierHealth(sharedTier());
  } catch (err) {
    return { mode: "error" as const, error: err instanceof Error ? err.message : String(err) };
  }
}

export function GET() {
  const state = getConfigState();
  const shared = sharedTierState();
  return NextResponse.json(
    {
      status: state.ok ? "ok" : "error",
      version: packageJson.version,
      source: state.ok ? dataSourceKind(state.config) : null,
      config: state.ok ? { loaded: true, file: state.file, name: state.config.name } : { loaded: false, file: state.file, error: state.error },
      // "local" is not an error: the replica serves with its share of the limits until Redis returns.
      sharedTier: shared,
    },
    { status: state.ok && shared.mode !== "error" ? 200 : 503 },
  );
}
