import type { ColumnView } from "../dataset/columns";
import type { TableSnapshot } from "../dataset/workspace";
import { BIN_SECONDS } from "./model";

const BIN_MS = BIN_SECONDS * 1000;

/** A column of a snapshot being thinned, by name (a missing one is a schema mismatch: fail loudly). */
export function thinColumn(rows: TableSnapshot, name: string): ColumnView {
  const i = rows.schema.findIndex((c) => c.name === name);
  if (i < 0) throw new Error(`thinning: ${rows.name} has no column ${name}`);
  return rows.columns[i];
}

/** Calls `visit(bin, from, to)` for each run of rows [from, to) of a time-ordered snapshot in one bin (10 s unless given). */
export function forEachBin(rows: TableSnapshot, visit: (bin: number, from: number, to: number) => void, binMs = BIN_MS): void {
  const time = thinColumn(rows, "TimeGenerated");
  let i = 0;
  while (i < rows.length) {
    const bin = Math.floor((time.get(i) as number) / binMs);
    let end = i + 1;
    while (end < rows.length && Math.floor((time.get(end) as number) / binMs) === bin) end++;
    visit(bin, i, end);
    i = end;
  }
}

/** Sets `mask` to keep `k` of the group's rows, spread evenly over it (the rows are in time order). */
export function keepSpread(mask: Uint8Array, group: readonly number[], k: number): void {
  for (let j = 0; j < k; j++) mask[group[Math.floor(((j + 0.5) * group.length) / k)]] = 1;
}
