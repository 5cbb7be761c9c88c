import { incidentsSignal, rtoStatus } from "../signals/incidents";
import { minutesOf } from "../signals/saturation";
import { CPU_QUERY_ID, cpuQuery, RU_QUERY_ID, ruQuery } from "../signals/saturation/query";
import { createSignalContext } from "../signals/runtime/context";
import type { SignalContext } from "../signals/runtime/types";
import type { DashboardConfig } from "../config/schema";
import type { IncidentSnapshot, Status } from "../snapshot/types";
import type { LogsSource } from "../workspace/types";
import { survivorHeadroom } from "./headroom";
import type { IncidentRow, SurvivorHeadroom } from "./types";

/** The survivor check looks this far past the recovery too: load keeps arriving while the edge settles. */
const HEADROOM_TAIL_MS = 5 * 60_000;

function rpoStatus(i: IncidentSnapshot): Status {
  const tiers = i.rpoTiers ?? [];
  if (tiers.length === 0 || tiers.every((t) => t.lagSeconds === null)) return "no-data";
  return tiers.some((t) => t.lagSeconds !== null && t.lagSeconds > t.budgetSeconds) ? "breach" : "ok";
}


/** Survivor utilisation and 429s during one incident, through the saturation signal's own per-minute queries. */
async function headroomDuring(ctx: SignalContext, incident: IncidentSnapshot, untilMs: number): Promise<SurvivorHeadroom> {
  const { config } = ctx;
  const startMs = Date.parse(incident.start);
  const endMs = Math.min(untilMs, (incident.recoveredAt ? Date.parse(incident.recoveredAt) : untilMs) + HEADROOM_TAIL_MS);
  const window = { from: new Date(Math.floor(startMs / 60_000) * 60_000), to: new Date(Math.max(endMs, startMs + 60_000)) };
  const hasCompute = config.regions.some((r) => r.computeResourceIds.length > 0);
  const [cpu, ru] = await Promise.all([
    hasCompute ? ctx.runQuery(CPU_QUERY_ID, cpuQuery(config), window, { requiredColumns: ["TimeGenerated", "resourceId", "cpu"], binSeconds: 60 }) : Promise.resolve(null),
    ctx.runQuery(RU_QUERY_ID, ruQuery(config), window, { requiredColumns: ["TimeGenerated", "RegionName", "charge", "throttled"], binSeconds: 60 }),
  ]);
  const regions = config.regions.map((r) => ({ id: r.id, capacity: r.capacity, minutes: minutesOf(r, cpu, ru) }));
  return survivorHeadroom(regions, incident.region);
}

/**
 * Every incident and drill that started in [from, to), measured by the catalog's incident signal
 * over that window (its own look-back finds real starts), with RTO/RPO verdicts and survivor headroom.
 */
export async function periodIncidents(args: {
  config: DashboardConfig;
  source: LogsSource;
  from: Date;
  to: Date;
}): Promise<{ incidents: IncidentRow[]; warnings: string[] }> {
  const ctx = createSignalContext({ config: args.config, source: args.source, range: { from: args.from, to: args.to } });
  const out = await incidentsSignal.run(ctx);
  const fromMs = args.from.getTime();
  const toMs = args.to.getTime();
  const inPeriod = out.value.incidents.filter((i) => {
    const t = Date.parse(i.start);
    return t >= fromMs && t < toMs;
  });
  const rows = await Promise.all(
    inPeriod.map(async (i): Promise<IncidentRow> => ({ ...i, headroom: await headroomDuring(ctx, i, toMs), rpoStatus: rpoStatus(i), rtoStatus: rtoStatus({ ...i, open: i.recoveredAt === null }) })),
  );
  return { incidents: rows.sort((a, b) => Date.parse(a.start) - Date.parse(b.start)), warnings: out.meta.warnings };
}
