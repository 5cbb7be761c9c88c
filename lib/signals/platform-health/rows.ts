import { num, str, timeMs } from "../runtime/rows";
import type { ActivityRow } from "./evaluate";

const timeOrNull = (v: string | null) => {
  if (!v) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : t;
};

/** The query's rows as ActivityRows, oldest first (times in ms; Properties_d datetimes arrive as strings). */
export function toActivityRows(rows: readonly Record<string, unknown>[]): ActivityRow[] {
  const out: ActivityRow[] = [];
  for (const row of rows) {
    const t = timeMs(row);
    if (t === null) continue;
    out.push({
      t,
      category: str(row, "category") ?? "",
      activityStatus: str(row, "activityStatus"),
      resourceId: str(row, "resourceId") || null,
      title: str(row, "title") || null,
      trackingId: str(row, "trackingId") || null,
      incidentType: str(row, "incidentType") || null,
      impactStart: timeOrNull(str(row, "impactStart")) ?? num(row, "impactStart"),
      impactMitigation: timeOrNull(str(row, "impactMitigation")) ?? num(row, "impactMitigation"),
      regionText: str(row, "regionText") || null,
      service: str(row, "service") || null,
      impactedServices: str(row, "impactedServices") || null,
      stage: str(row, "stage") || null,
      currentHealth: str(row, "currentHealth") || null,
      cause: str(row, "cause") || null,
    });
  }
  return out.sort((a, b) => a.t - b.t);
}

