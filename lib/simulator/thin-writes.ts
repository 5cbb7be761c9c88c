import type { TableSnapshot } from "../dataset/workspace";
import type { GenContext } from "./context";
import type { Density } from "./density";
import { appRegion } from "./format";
import { BIN_SECONDS } from "./model";
import { backgroundWrites } from "./rows-app";
import { forEachBin, keepSpread, thinColumn } from "./thin-bins";

/**
 * Keep mask that thins the live window's dense background writes (AppDependencies) of a
 * time-ordered, bin-aligned snapshot down to the sparse plan's count: per region and 10 s bin the
 * aged plan does not sample densely, exactly the count `backgroundWrites` gives for the aged plan,
 * spread evenly over the bin's rows. Scripted writes (every entity of `writeGroups`: races and
 * decoys) are never dropped, whatever the bin; rows this model did not write are left alone. The
 * mask depends only on the bin's rows and the seed, so any advance schedule keeps the same rows.
 */
export function thinWritesMask(ctx: GenContext, agedDensity: Density, rows: TableSnapshot): Uint8Array {
  const mask = new Uint8Array(rows.length).fill(1);
  const { config, episodes } = ctx.timeline;
  const key = config.splitBrain.entityKey;
  const scripted = new Set(episodes.writeGroups.map((g) => g.entityId));
  const regionIndex = new Map(config.regions.map((r, i) => [appRegion(r), i]));
  const properties = thinColumn(rows, "Properties");
  // perRegion[ri]: row indices of the bin's background writes from region ri.
  const perRegion: number[][] = config.regions.map(() => []);
  forEachBin(rows, (bin, from, to) => {
    if (agedDensity.isDense(bin * BIN_SECONDS)) return;
    for (const group of perRegion) group.length = 0;
    for (let r = from; r < to; r++) {
      const props = properties.get(r) as Record<string, unknown> | null;
      if (props === null || typeof props !== "object") continue;
      const ri = regionIndex.get(props.region as string);
      const entity = props[key];
      if (ri === undefined || typeof entity !== "string" || scripted.has(entity)) continue;
      perRegion[ri].push(r);
      mask[r] = 0;
    }
    perRegion.forEach((group, ri) => {
      if (group.length > 0) keepSpread(mask, group, Math.min(group.length, backgroundWrites(ctx, agedDensity, ri, bin).n));
    });
  });
  return mask;
}
