import type { ConflictItem, RegionEndpoint } from "./cosmos/types";

export interface ConflictTarget {
  cosmosRegion: string;
  /** Properties.region value (the dashboard's `appRegion ?? id`). */
  regionValue: string;
}

export interface DepthSample {
  regionValue: string;
  container: string;
  depth: number;
  resolved: number;
}

/**
 * Optional resolution of conflict-feed entries (off unless configured). Return true when the
 * conflict has been dealt with (e.g. the winning version was written back): the reporter then deletes
 * it from the feed. Return false to leave it for a person. It runs once per entry per pass.
 */
export type ConflictResolver = (conflict: ConflictItem, where: { region: string; container: string }) => Promise<boolean>;

/**
 * Reads every container's conflict feed through each region's endpoint and reports its depth (the
 * number of entries left after the optional resolver ran). A region that cannot be read reports
 * nothing: an empty feed and an unreadable one must not look alike.
 */
export async function readConflictDepths(
  endpoints: ReadonlyMap<string, RegionEndpoint>,
  targets: readonly ConflictTarget[],
  containers: readonly string[],
  options: { resolver?: ConflictResolver; onProblem?: (message: string) => void } = {},
): Promise<DepthSample[]> {
  const jobs = targets.flatMap((t) => containers.map((container) => ({ t, container })));
  const samples = await Promise.all(
    jobs.map(async ({ t, container }): Promise<DepthSample | undefined> => {
      const endpoint = endpoints.get(t.cosmosRegion);
      if (!endpoint) {
        options.onProblem?.(`conflicts: the Cosmos account has no readable region "${t.cosmosRegion}"`);
        return undefined;
      }
      try {
        const feed = await endpoint.readConflicts(container);
        let resolved = 0;
        if (options.resolver) {
          for (const conflict of feed) {
            if (await options.resolver(conflict, { region: t.regionValue, container })) {
              await endpoint.deleteConflict(container, conflict);
              resolved++;
            }
          }
        }
        return { regionValue: t.regionValue, container, depth: feed.length - resolved, resolved };
      } catch (err) {
        options.onProblem?.(`conflicts ${t.cosmosRegion}/${container}: ${err instanceof Error ? err.message : String(err)}; no sample`);
        return undefined;
      }
    }),
  );
  return samples.filter((s): s is DepthSample => s !== undefined);
}
