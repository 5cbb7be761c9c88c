/**
 * What the companion needs from a Cosmos DB account, per region. Two implementations: the
 * `@azure/cosmos` adapter (azure.ts) and the in-memory two-region stand-in (in-memory.ts) the
 * tests program with replication delays, outages, throttling and conflicts.
 */

/** The canary's heartbeat document: one per writing region and companion instance. */
export interface Heartbeat {
  id: string;
  /** Partition key value (the container's partition key path is `/pk`). */
  pk: string;
  /** Increases with every write of this document; a reader has caught up when it sees this value. */
  seq: number;
  writerRegion: string;
  /** The writer's wall clock, for people reading the document; never used to compute lag. */
  writtenAt: string;
}

/** One entry of a container's conflict feed (Cosmos `Conflict` resource, the fields the companion uses). */
export interface ConflictItem {
  id: string;
  operationType?: string;
  resourceType?: string;
  /** The losing version's resource id, as Cosmos reports it. */
  resourceId?: string;
  /** Raw resource for a resolver. */
  raw?: unknown;
}

export type CosmosErrorKind = "throttled" | "unavailable" | "other";

/** A failed call, classified so the canary can retry (throttled), stay silent (unavailable) or report (other). */
export class CosmosCallError extends Error {
  constructor(
    message: string,
    readonly kind: CosmosErrorKind,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "CosmosCallError";
  }
}

/** One region of the account, reached through that region's own endpoint (no failover to another region). */
export interface RegionEndpoint {
  /** The region as Cosmos names it, e.g. "UK South" (config `cosmosRegionName`). */
  readonly cosmosRegion: string;
  upsertHeartbeat(doc: Heartbeat): Promise<void>;
  /** undefined when the document does not exist (yet) in this region. */
  readHeartbeat(id: string, pk: string): Promise<Heartbeat | undefined>;
  readConflicts(container: string): Promise<ConflictItem[]>;
  deleteConflict(container: string, conflict: ConflictItem): Promise<void>;
}

export interface CosmosAccount {
  /** Every readable region of the account with its own endpoint (the account read). */
  regions(): Promise<RegionEndpoint[]>;
  close(): void;
}
