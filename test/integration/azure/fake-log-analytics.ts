/**
 * A local HTTPS server that speaks the Log Analytics query API (POST /v1/workspaces/{id}/query),
 * answers from a given function, and injects the faults the real service produces.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export type Fault =
  | { kind: "throttle"; retryAfter?: string }
  | { kind: "server-error" }
  | { kind: "gateway-timeout" }
  | { kind: "slow"; ms: number }
  | { kind: "partial" }
  | { kind: "truncated" }
  | { kind: "malformed" }
  | { kind: "missing-table"; table: string }
  | { kind: "age"; seconds: number };

export interface RecordedRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: { query?: string; timespan?: string; workspaces?: string[] };
}

export interface ApiTable {
  name: string;
  columns: { name: string; type: string }[];
  rows: unknown[][];
}

/** A table, or the name of a table the workspace lacks (answered like Azure: 400 "Failed to resolve …"). */
export type Answer = (body: RecordedRequest["body"]) => ApiTable | { missingTable: string } | Promise<ApiTable | { missingTable: string }>;

/** A self-signed certificate for localhost, made with the openssl CLI (node:crypto cannot write X.509). */
export function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "fake-la-"));
  try {
    execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
        "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        "-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")],
      { stdio: "ignore" },
    );
    return { key: readFileSync(path.join(dir, "key.pem"), "utf8"), cert: readFileSync(path.join(dir, "cert.pem"), "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export class FakeLogAnalytics {
  readonly requests: RecordedRequest[] = [];
  /** Consumed one per request, in order; an empty queue means a normal answer. */
  readonly faults: Fault[] = [];
  private server?: Server;
  readonly cert: string;
  private readonly key: string;

  constructor(public answer: Answer) {
    const { key, cert } = selfSignedCertificate();
    this.key = key;
    this.cert = cert;
  }

  async start(): Promise<string> {
    this.server = createServer({ key: this.key, cert: this.cert }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        void this.handle(req.url ?? "", req.headers, Buffer.concat(chunks).toString("utf8"), res).catch((err: unknown) => {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ error: { code: "FakeServerBug", message: String(err) } }));
        });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    return `https://localhost:${port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(
    url: string,
    headers: RecordedRequest["headers"],
    text: string,
    res: import("node:http").ServerResponse,
  ): Promise<void> {
    const json = (status: number, body: unknown, extra: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...extra });
      res.end(JSON.stringify(body));
    };
    const match = /^\/v1\/workspaces\/([^/]+)\/query$/.exec(url);
    if (!match) return json(404, { error: { code: "PathNotFoundError", message: `no route ${url}` } });
    if (headers.authorization !== "Bearer fake-token") {
      return json(401, { error: { code: "AuthenticationFailed", message: "missing or wrong bearer token" } });
    }
    const body = JSON.parse(text) as RecordedRequest["body"];
    this.requests.push({ path: url, headers, body });
    const fault = this.faults.shift();
    switch (fault?.kind) {
      case "throttle":
        return json(429, { error: { code: "ThrottledError", message: "Too many requests" } },
          fault.retryAfter ? { "retry-after": fault.retryAfter } : {});
      case "server-error":
        return json(500, { error: { code: "InternalServerError", message: "Something went wrong" } });
      case "gateway-timeout":
        return json(504, { error: { code: "GatewayTimeout", message: "The query exceeded the timeout" } });
      case "malformed":
        res.writeHead(200, { "content-type": "application/json" });
        return void res.end('{"tables":[{"name":"PrimaryResult","columns":[{"name":"n","type":"lo');
      case "missing-table":
        return json(400, missingTableError(fault.table));
      case "slow":
        await new Promise((r) => setTimeout(r, fault.ms));
        break;
    }
    const table = await this.answer(body);
    if ("missingTable" in table) return json(400, missingTableError(table.missingTable));
    if (fault?.kind === "partial" || fault?.kind === "truncated") {
      const detail = fault.kind === "truncated"
        ? { code: "E_QUERY_RESULT_SET_TOO_LARGE", message: "Query result set has exceeded the internal data size limit 64000000 (E_QUERY_RESULT_SET_TOO_LARGE; see https://aka.ms/kustoquerylimits)" }
        : { code: "EngineError", message: "Workspace 2 could not be reached" };
      return json(200, {
        tables: [{ ...table, rows: table.rows.slice(0, Math.max(1, Math.floor(table.rows.length / 2))) }],
        error: { code: "PartialError", message: "There were some errors when processing your query.", details: [detail] },
      });
    }
    json(200, { tables: [table] }, fault?.kind === "age" ? { age: String(fault.seconds) } : {});
  }
}

function missingTableError(table: string) {
  return {
    error: {
      code: "BadArgumentError",
      message: "The request had some invalid properties",
      innererror: { code: "SemanticError", message: `'where' operator: Failed to resolve table or column expression named '${table}'` },
    },
  };
}

export const fakeCredential = {
  getToken: async () => ({ token: "fake-token", expiresOnTimestamp: Date.now() + 3_600_000 }),
};
