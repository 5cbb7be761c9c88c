/**
 * A local HTTPS server that speaks the Log Analytics query API (POST /v1/workspaces/{id}/query),
 * answers from a given function, and replays responses Microsoft published (./published.ts) with
 * their status, headers and body. Its own error answers (401, 403, 404, missing table) are the
 * published shapes too.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { missingTableResponse, published, type PublishedResponse } from "./published";

export type Fault =
  /** A published response, sent as published. */
  | { kind: "replay"; response: PublishedResponse }
  // No published 429 or 500 sample exists: these two keep the documented codes with a made-up body.
  | { kind: "throttle"; retryAfter?: string }
  | { kind: "server-error" }
  | { kind: "slow"; ms: number }
  | { kind: "malformed" }
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
    const match = /^\/v1\/(workspaces\/([^/]+)\/query|\$batch)$/.exec(url);
    if (!match) return replay(res, published("not-found-path"));
    if (!headers.authorization) return replay(res, published("unauthorized-401"));
    if (headers.authorization !== "Bearer fake-token") return replay(res, published("forbidden-invalid-token"));
    const body = JSON.parse(text) as RecordedRequest["body"];
    this.requests.push({ path: url, headers, body });
    const fault = this.faults.shift();
    switch (fault?.kind) {
      case "replay":
        return replay(res, fault.response);
      case "throttle":
        return json(429, { error: { code: "ThrottledError", message: "Too many requests" } },
          fault.retryAfter ? { "retry-after": fault.retryAfter } : {});
      case "server-error":
        return json(500, { error: { code: "InternalServerError", message: "Something went wrong" } });
      case "malformed":
        res.writeHead(200, { "content-type": "application/json" });
        return void res.end('{"tables":[{"name":"PrimaryResult","columns":[{"name":"n","type":"lo');
      case "slow":
        await new Promise((r) => setTimeout(r, fault.ms));
        break;
    }
    const table = await this.answer(body);
    if ("missingTable" in table) return replay(res, missingTableResponse(table.missingTable));
    json(200, { tables: [table] }, fault?.kind === "age" ? { age: String(fault.seconds) } : {});
  }
}

/** Sends a published response as published; Node computes the framing headers itself. */
function replay(res: import("node:http").ServerResponse, response: PublishedResponse): void {
  res.writeHead(response.status, response.headers);
  if (response.status === 204) return void res.end();
  res.end(response.bodyText ?? (response.body === undefined ? "" : JSON.stringify(response.body)));
}

export const fakeCredential = {
  getToken: async () => ({ token: "fake-token", expiresOnTimestamp: Date.now() + 3_600_000 }),
};
