import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import type { SelfSigned } from "./tls";

/** One Application Insights envelope as the exporter sends it (the fields the mapping reads). */
export interface Envelope {
  name: string;
  time: string;
  iKey?: string;
  instrumentationKey?: string;
  sampleRate?: number;
  tags?: Record<string, string>;
  data?: { baseType?: string; baseData?: Record<string, unknown> };
}

/**
 * A local stand-in for the Application Insights ingestion endpoint (`POST /v2.1/track`, JSON array
 * of envelopes, possibly gzipped): answers like Breeze (200, itemsReceived/itemsAccepted) and keeps
 * every envelope it received.
 */
export class IngestionServer {
  readonly envelopes: Envelope[] = [];
  readonly paths: string[] = [];
  private server?: Server;

  constructor(private readonly tls: SelfSigned) {}

  async start(): Promise<string> {
    this.server = createServer({ key: this.tls.key, cert: this.tls.cert }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        this.paths.push(`${req.method} ${req.url}`);
        let body = Buffer.concat(chunks);
        if (req.headers["content-encoding"] === "gzip") body = gunzipSync(body);
        let items: Envelope[] = [];
        try {
          const parsed: unknown = JSON.parse(body.toString("utf8"));
          items = Array.isArray(parsed) ? (parsed as Envelope[]) : [];
        } catch {
          res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ itemsReceived: 0, itemsAccepted: 0, errors: [] }));
          return;
        }
        if (req.url?.includes("/v2.1/track")) this.envelopes.push(...items);
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ itemsReceived: items.length, itemsAccepted: items.length, errors: [] }));
      });
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
