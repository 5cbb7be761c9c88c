import type { Thinning } from "../dataset/retain";
import type { TableSnapshot } from "../dataset/workspace";
import type { Density } from "./density";
import { REMAINDER_ACTIVITY } from "./cosmos-requests";
import { forEachBin, thinColumn } from "./thin-bins";

/**
 * Thinning of the live window's dense Cosmos rows (CDBDataPlaneRequests) of a time-ordered snapshot
 * to the sparse plan's shape: in each minute the aged plan does not sample densely, the 10 s slices'
 * successful rows of one region and operation (Query 200, Upsert 201) merge into one remainder row
 * of the minute, which carries their summed RequestCharge, so Σ RequestCharge per minute (the RU/s the
 * saturation signal reads) is unchanged. Every other row (each throttled request's 429) is kept.
 */
export function thinCosmosMask(agedDensity: Density, rows: TableSnapshot): Thinning {
  const keep = new Uint8Array(rows.length).fill(1);
  const merged: number[] = [];
  const charges: number[] = [];
  const region = thinColumn(rows, "RegionName");
  const operation = thinColumn(rows, "OperationName");
  const status = thinColumn(rows, "StatusCode");
  const charge = thinColumn(rows, "RequestCharge");
  const activity = thinColumn(rows, "ActivityId");
  forEachBin(
    rows,
    (minute, from, to) => {
      if (agedDensity.isDense(minute * 60)) return;
      // First row and summed charge per (region, operation, status) of the minute's successful rows.
      // The kept row is a remainder row (nil ActivityId) when the minute has one, so a row carrying
      // many requests' RU never poses as a single request.
      const first = new Map<string, number>();
      const sums = new Map<string, number>();
      for (let r = from; r < to; r++) {
        const code = status.get(r);
        if (code !== 200 && code !== 201) continue;
        const key = `${String(region.get(r))}\u0000${String(operation.get(r))}\u0000${code}`;
        const ru = (charge.get(r) as number | null) ?? 0;
        keep[r] = 0;
        const kept = first.get(key);
        if (kept === undefined || (activity.get(kept) !== REMAINDER_ACTIVITY && activity.get(r) === REMAINDER_ACTIVITY)) first.set(key, r);
        sums.set(key, (sums.get(key) ?? 0) + ru);
      }
      for (const r of first.values()) keep[r] = 1;
      for (const [key, r] of first) {
        merged.push(r);
        charges.push(Math.round((sums.get(key) ?? 0) * 100) / 100);
      }
    },
    60_000,
  );
  return { keep, rewrite: { column: "RequestCharge", rows: merged, values: charges } };
}
