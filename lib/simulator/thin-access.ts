import type { TableSnapshot } from "../dataset/workspace";
import type { GenContext } from "./context";
import type { Density } from "./density";
import { BIN_SECONDS } from "./model";
import { rngFor, streamId } from "./rng";
import { sparseAccessRowCount } from "./rows-frontdoor";
import { forEachBin, keepSpread, thinColumn } from "./thin-bins";

const S_THIN = streamId("thin-access");
const CLASS_OK = 0;
const CLASS_CLOSED = 1;
const CLASS_TIMEOUT = 2;
const CLASS_5XX = 3;
const CLASSES = 4;

function statusClass(status: string): number {
  if (status === "499") return CLASS_CLOSED;
  if (status === "0") return CLASS_TIMEOUT;
  return status.charCodeAt(0) === 53 /* "5" */ ? CLASS_5XX : CLASS_OK;
}

/**
 * Keep mask that thins the live window's dense access-log rows (AzureDiagnostics, Category
 * FrontDoorAccessLog) of a time-ordered, bin-aligned snapshot down to what the sampling plan writes
 * for sparse time. Other categories (probe log) and bins the aged plan still samples densely (within a
 * scenario's margin) are kept whole.
 *
 * Per 10 s bin the target is the sparse plan's own row count for that bin. It is split like the
 * sampler splits a bin (stratified, never by luck): across origins in proportion to the bin's dense
 * rows per origin (systematic rounding, offset drawn from the bin), then within an origin 499 /
 * timeout / 5xx rounded to nearest of their dense share (so a 0.4 % error rate leaves no error row
 * in a 2-row bin, as the sparse plan would), the rest 200-class. Inside each (origin, class) group
 * the kept rows are spread evenly over the group. Everything depends only on the bin's rows and
 * the seed, so any advance schedule keeps the same rows.
 */
export function thinAccessMask(ctx: GenContext, agedDensity: Density, rows: TableSnapshot): Uint8Array {
  const mask = new Uint8Array(rows.length).fill(1);
  const col = (name: string) => thinColumn(rows, name);
  const category = col("Category");
  const origin = col("originName_s");
  const status = col("httpStatusCode_s");
  const originIndex = new Map(ctx.originNames.map((name, i) => [name, i]));
  const origins = ctx.originNames.length;
  forEachBin(rows, (bin, from, to) => {
    if (!agedDensity.isDense(bin * BIN_SECONDS)) thinBin(ctx, bin, from, to);
  });
  return mask;

  function thinBin(ctx: GenContext, bin: number, from: number, to: number): void {
    // groups[o * CLASSES + c]: row indices of the bin's access rows for origin o and status class c.
    const groups: number[][] = Array.from({ length: origins * CLASSES }, () => []);
    let total = 0;
    for (let r = from; r < to; r++) {
      if (category.get(r) !== "FrontDoorAccessLog") continue;
      const o = originIndex.get(origin.get(r) as string);
      if (o === undefined) continue; // not a row this model wrote: leave it
      groups[o * CLASSES + statusClass(status.get(r) as string)].push(r);
      mask[r] = 0;
      total++;
    }
    if (total === 0) return;
    const target = Math.min(total, sparseAccessRowCount(ctx, bin));
    const offset = rngFor(ctx.seed, S_THIN, bin).next();
    let cumulative = 0;
    let filled = 0;
    for (let o = 0; o < origins; o++) {
      const g = groups.slice(o * CLASSES, (o + 1) * CLASSES);
      const n = g.reduce((a, rs) => a + rs.length, 0);
      if (n === 0) continue;
      cumulative += n;
      const upTo = cumulative === total ? target : Math.min(target, Math.floor((cumulative / total) * target + offset));
      const k = Math.min(n, upTo - filled);
      filled = Math.max(filled, upTo);
      if (k <= 0) continue;
      const share = (c: number, room: number) => Math.min(g[c].length, room, Math.round((k * g[c].length) / n));
      const closed = share(CLASS_CLOSED, k);
      const timeouts = share(CLASS_TIMEOUT, k - closed);
      const errors = share(CLASS_5XX, k - closed - timeouts);
      const ok = Math.min(g[CLASS_OK].length, Math.max(0, k - closed - timeouts - errors));
      keepSpread(mask, g[CLASS_CLOSED], closed);
      keepSpread(mask, g[CLASS_TIMEOUT], timeouts);
      keepSpread(mask, g[CLASS_5XX], errors);
      keepSpread(mask, g[CLASS_OK], ok);
    }
  }
}
