import { Density } from "./density";
import { frontDoorProfileId, PATHS, resourceParts, type ResourceParts } from "./format";
import type { BinState, Timeline } from "./model";

export type Row = Record<string, unknown>;
/** Collects one page's rows per table with their time, so tables can be emitted in time order. */
export type Emit = (table: string, tsMs: number, row: Row) => void;

export const TENANT_ID = "72f988bf-0000-4000-8000-00000000cafe";

/** What every row generator needs: the model, the sampling plan, resource names and a per-page bin cache. */
export class GenContext {
  readonly profile: ResourceParts;
  readonly endpointHost: string;
  readonly publicHost: string;
  readonly profileLowerId: string;
  /** Per-origin and per-path strings, built once (the access log is the hot path). */
  readonly requestUris: Record<string, string>;
  readonly originNames: string[];
  private cache = new Map<number, BinState>();

  constructor(
    readonly timeline: Timeline,
    readonly density: Density,
  ) {
    this.profile = resourceParts(frontDoorProfileId(timeline.config));
    this.profileLowerId = this.profile.id.toLowerCase();
    this.endpointHost = `${this.profile.name.toLowerCase()}-h7cqa3bzd5gaf0.z01.azurefd.net`;
    const slug = timeline.config.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "app";
    this.publicHost = `${slug}.example.com`;
    this.requestUris = Object.fromEntries(PATHS.map((p) => [p, `https://${this.publicHost}:443${p}`]));
    this.originNames = timeline.origins.map((o) => `${o.host}:443`);
  }

  /** Bin states are pure; the cache only avoids recomputing them inside one page. */
  bin = (b: number): BinState => {
    let state = this.cache.get(b);
    if (!state) {
      state = this.timeline.binState(b);
      if (this.cache.size > 64) this.cache.clear();
      this.cache.set(b, state);
    }
    return state;
  };

  get seed(): number {
    return this.timeline.seed;
  }
}
