import type { Agent } from "node:http";
import type { TokenCredential } from "@azure/identity";
import { CosmosClient, type Container } from "@azure/cosmos";
import { CosmosCallError, type ConflictItem, type CosmosAccount, type Heartbeat, type RegionEndpoint } from "./types";

export interface AzureCosmosOptions {
  /** The account endpoint, e.g. https://contoso.documents.azure.com:443/ */
  endpoint: string;
  /** Managed identity / DefaultAzureCredential (needs a Cosmos DB data-plane role), or … */
  credential?: TokenCredential;
  /** … the account key (local runs; keys cannot be scoped, prefer the identity). */
  key?: string;
  database: string;
  /** Container of the heartbeat documents; its partition key path must be /pk. */
  canaryContainer: string;
  /** Per-request timeout: a region that does not answer within it counts as unavailable. */
  requestTimeoutMs: number;
  /** The SDK's own 429 retries per call before the error reaches the canary. */
  throttleRetries: number;
  /** Tests: an https.Agent that trusts a local certificate. */
  agent?: Agent;
}

/** Status codes that mean "this region cannot serve now", as opposed to a bug or a permission problem. */
const UNAVAILABLE = new Set([408, 410, 449, 500, 502, 503, 504]);

function classify(err: unknown, what: string): CosmosCallError {
  const e = err as { code?: number | string; statusCode?: number; retryAfterInMs?: number; message?: string };
  const status = typeof e.code === "number" ? e.code : e.statusCode;
  const text = `${what}: ${e.message ?? String(err)}`.split("\n")[0];
  if (status === 429) return new CosmosCallError(text, "throttled", 429, e.retryAfterInMs);
  if (status !== undefined && UNAVAILABLE.has(status)) return new CosmosCallError(text, "unavailable", status);
  // Network errors (ECONNREFUSED, ENOTFOUND, ETIMEDOUT, aborted by requestTimeout) carry a string code or none.
  if (status === undefined) return new CosmosCallError(text, "unavailable");
  return new CosmosCallError(text, "other", status);
}

/**
 * The `@azure/cosmos` adapter. The account read (GET / on the account endpoint) lists the readable
 * regions and their own endpoints; each region then gets a client pinned to its endpoint with
 * endpoint discovery OFF. That is the point: with discovery on, the SDK would quietly serve a read
 * from another region when the target is down, and the canary would report that region's lag as the
 * target's. Pinned, a region that is down fails, and the canary stays silent about it.
 */
export class AzureCosmosAccount implements CosmosAccount {
  private readonly clients: CosmosClient[] = [];

  constructor(private readonly options: AzureCosmosOptions) {
    if (!options.credential && !options.key) throw new Error("Cosmos: give a credential (managed identity) or an account key");
  }

  private client(endpoint: string): CosmosClient {
    const c = new CosmosClient({
      endpoint,
      key: this.options.credential ? undefined : this.options.key,
      aadCredentials: this.options.credential,
      agent: this.options.agent,
      userAgentSuffix: "active-active-companion",
      connectionPolicy: {
        enableEndpointDiscovery: false,
        requestTimeout: this.options.requestTimeoutMs,
        retryOptions: { maxRetryAttemptCount: this.options.throttleRetries, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: 30 },
      },
    });
    this.clients.push(c);
    return c;
  }

  async regions(): Promise<RegionEndpoint[]> {
    const account = this.client(this.options.endpoint);
    let locations: { name: string; databaseAccountEndpoint: string }[];
    try {
      const { resource } = await account.getDatabaseAccount();
      locations = resource?.readableLocations ?? [];
    } catch (err) {
      throw classify(err, `account read ${this.options.endpoint}`);
    }
    if (locations.length === 0) throw new Error(`Cosmos account ${this.options.endpoint} lists no readable regions`);
    return locations.map((loc) => this.region(loc.name, this.client(loc.databaseAccountEndpoint)));
  }

  private region(name: string, client: CosmosClient): RegionEndpoint {
    const db = client.database(this.options.database);
    const canary = db.container(this.options.canaryContainer);
    const container = (id: string): Container => db.container(id);
    return {
      cosmosRegion: name,
      async upsertHeartbeat(doc: Heartbeat) {
        try {
          await canary.items.upsert(doc);
        } catch (err) {
          throw classify(err, `${name}: upsert ${doc.id}`);
        }
      },
      async readHeartbeat(id: string, pk: string) {
        try {
          const { resource, statusCode } = await canary.item(id, pk).read<Heartbeat>();
          return statusCode === 404 ? undefined : resource;
        } catch (err) {
          if ((err as { code?: number }).code === 404) return undefined;
          throw classify(err, `${name}: read ${id}`);
        }
      },
      async readConflicts(id: string): Promise<ConflictItem[]> {
        try {
          const { resources } = await container(id).conflicts.readAll().fetchAll();
          return resources.map((c) => ({ id: c.id, operationType: c.operationType, resourceType: c.resourceType, resourceId: c.resourceId, raw: c }));
        } catch (err) {
          throw classify(err, `${name}: conflicts of ${id}`);
        }
      },
      async deleteConflict(id: string, conflict: ConflictItem) {
        try {
          await container(id).conflict(conflict.id).delete();
        } catch (err) {
          throw classify(err, `${name}: delete conflict ${conflict.id} of ${id}`);
        }
      },
    };
  }

  close(): void {
    for (const c of this.clients) c.dispose();
  }
}
