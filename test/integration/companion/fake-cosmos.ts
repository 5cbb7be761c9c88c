import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import type { SelfSigned } from "./tls";

/**
 * A local Cosmos DB (NoSQL) gateway for the `@azure/cosmos` adapter: one HTTPS server per region,
 * answering the REST calls the adapter makes: the account read (GET /), the container read the SDK
 * does to learn the partition key, upsert (POST …/docs with x-ms-documentdb-is-upsert), point read
 * (GET …/docs/{id}), the conflict feed (GET …/conflicts) and conflict delete. A write becomes visible
 * in another region `delayMs` later; a region can answer 429 for its next calls or stop listening.
 */
interface Write {
  doc: Record<string, unknown>;
  region: string;
  at: number;
}

export class FakeCosmos {
  readonly requests: string[] = [];
  private readonly servers = new Map<string, Server>();
  private readonly ports = new Map<string, number>();
  private readonly writes: Write[] = [];
  private readonly throttled = new Map<string, number>();
  readonly conflicts = new Map<string, { id: string; operationType: string; resourceType: string; resourceId: string }[]>();

  constructor(
    private readonly tls: SelfSigned,
    readonly regions: readonly string[],
    readonly delayMs: number,
    readonly db = "appdb",
  ) {}

  async start(): Promise<string> {
    for (const region of this.regions) {
      const server = createServer({ key: this.tls.key, cert: this.tls.cert }, (req, res) => this.handle(region, req, res));
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      this.servers.set(region, server);
      this.ports.set(region, (server.address() as AddressInfo).port);
    }
    return this.endpoint(this.regions[0]);
  }

  endpoint(region: string): string {
    return `https://127.0.0.1:${this.ports.get(region)}/`;
  }

  throttle(region: string, count: number): void {
    this.throttled.set(region, count);
  }

  /** The region stops answering (its listener closes and open connections are dropped). */
  async takeDown(region: string): Promise<void> {
    const server = this.servers.get(region);
    if (!server) return;
    this.servers.delete(region);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async stop(): Promise<void> {
    for (const r of [...this.servers.keys()]) await this.takeDown(r);
  }

  private handle(region: string, req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = decodeURIComponent((req.url ?? "/").split("?")[0]).replace(/\/$/, "");
      this.requests.push(`${region} ${req.method} ${path || "/"}`);
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json", "x-ms-request-charge": "1", "x-ms-activity-id": "00000000-0000-0000-0000-000000000000", ...headers });
        res.end(JSON.stringify(body));
      };
      if (!String(req.headers.authorization ?? "").startsWith("type%3Dmaster")) return send(401, { code: "Unauthorized", message: "no master key signature" });
      const left = this.throttled.get(region) ?? 0;
      if (left > 0) {
        this.throttled.set(region, left - 1);
        return send(429, { code: "429", message: "Request rate is large" }, { "x-ms-retry-after-ms": "20", "x-ms-substatus": "3200" });
      }
      const coll = new RegExp(`^/dbs/${this.db}/colls/([^/]+)`).exec(path);
      if (path === "") return send(200, this.account());
      if (!coll) return send(404, { code: "NotFound", message: path });
      const container = coll[1];
      const rest = path.slice(coll[0].length);
      if (rest === "" && req.method === "GET") {
        return send(200, { id: container, _rid: "rid", _self: `dbs/${this.db}/colls/${container}/`, partitionKey: { paths: ["/pk"], kind: "Hash", version: 2 } });
      }
      if (rest === "/docs" && req.method === "POST") {
        if (req.headers["x-ms-documentdb-is-upsert"] !== "true") return send(400, { code: "BadRequest", message: "the canary must upsert" });
        const doc = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
        this.writes.push({ doc, region, at: performance.now() });
        return send(200, { ...doc, _rid: "doc", _etag: `"${this.writes.length}"`, _ts: Math.floor(Date.now() / 1000) });
      }
      const item = /^\/docs\/([^/]+)$/.exec(rest);
      if (item && req.method === "GET") {
        const now = performance.now();
        const seen = this.writes.filter((w) => w.doc.id === item[1] && (w.region === region ? w.at : w.at + this.delayMs) <= now).at(-1);
        return seen ? send(200, seen.doc) : send(404, { code: "NotFound", message: "Entity with the specified id does not exist in the system." });
      }
      if (rest === "/conflicts" && req.method === "GET") {
        const list = this.conflicts.get(`${region}/${container}`) ?? [];
        return send(200, { _rid: "rid", Conflicts: list, _count: list.length });
      }
      const conflict = /^\/conflicts\/([^/]+)$/.exec(rest);
      if (conflict && req.method === "DELETE") {
        const key = `${region}/${container}`;
        this.conflicts.set(key, (this.conflicts.get(key) ?? []).filter((c) => c.id !== conflict[1]));
        res.writeHead(204, { "x-ms-request-charge": "1" }).end();
        return;
      }
      send(400, { code: "BadRequest", message: `fake Cosmos does not serve ${req.method} ${path}` });
    });
  }

  private account() {
    const locations = this.regions.map((name) => ({ name, databaseAccountEndpoint: this.endpoint(name) }));
    return {
      _self: "",
      id: "fake",
      _rid: "fake.documents.azure.com",
      media: "//media/",
      addresses: "//addresses/",
      _dbs: "//dbs/",
      writableLocations: locations,
      readableLocations: locations,
      enableMultipleWriteLocations: true,
      userConsistencyPolicy: { defaultConsistencyLevel: "Session" },
      systemReplicationPolicy: { minReplicaSetSize: 3, maxReplicasetSize: 4 },
      readPolicy: { primaryReadCoefficient: 1, secondaryReadCoefficient: 1 },
      queryEngineConfiguration: "{}",
    };
  }
}
