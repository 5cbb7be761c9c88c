import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SourceUnavailableError } from "@/lib/signals/runtime/context";
import { ROUTE_TABLE, type RouteSpec } from "@/lib/security/route-table";
import { SECRETS, writeAuthConfig } from "./fixtures";

/**
 * The route table (lib/security/route-table.ts) against the routes themselves: every page and route
 * handler under app/ is found on disk, imported and run with a query string that records each name
 * its parser reads. A route that starts reading a parameter the table does not list (proxy.ts would
 * refuse it with 400), or stops reading one it lists (proxy.ts would let it be ignored), fails here,
 * as does a route the table does not know. Every query fails (Log Analytics down), so a route stops
 * soon after parsing: the file takes under 10 s.
 */
vi.mock("@/lib/wiring/source", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/wiring/source")>();
  return {
    ...actual,
    getSource: () => ({
      kind: "azure",
      query: () => Promise.reject(new SourceUnavailableError("the route table test stops every route after it parsed its query")),
    }),
  };
});

// Sign-in on (the kiosk link route reads its parameters only then) and a kiosk signing secret.
const configFile = writeAuthConfig({ demoDays: 1 });
Object.assign(process.env, SECRETS, { DASHBOARD_CONFIG: configFile, DASHBOARD_AS_OF: "2026-03-10T12:00:00Z" });

const APP = path.resolve("app");
const ROUTE_FILE = /^(page|route)\.(tsx?|jsx?)$/;

/** Every page and route handler under app/, as Next routes it: route groups and private folders are not path segments. */
function routeFiles(dir = APP): { route: string; file: string; kind: "page" | "route" }[] {
  const found: { route: string; file: string; kind: "page" | "route" }[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!name.startsWith("_")) found.push(...routeFiles(full));
      continue;
    }
    const m = ROUTE_FILE.exec(name);
    if (!m) continue;
    const segments = path.relative(APP, dir).split(path.sep).filter((s) => s !== "" && !/^\(.*\)$/.test(s));
    found.push({ route: `/${segments.join("/")}`, file: path.relative(process.cwd(), full), kind: m[1] as "page" | "route" });
  }
  return found;
}

/** A value for each dynamic segment that the route's own segment parser accepts, so it goes on to its query. */
const SEGMENTS: Record<string, string | string[]> = { signal: "replication", id: "uksouth-2026-03-10T06:00:00Z", path: ["nothing-here"], nextauth: ["session"] };

function segmentValues(route: string): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [, name] of route.matchAll(/\[\[?(?:\.\.\.)?([^\]]+)\]\]?/g)) {
    if (!(name in SEGMENTS)) throw new Error(`${route}: give the test a value for its [${name}] segment`);
    values[name] = SEGMENTS[name];
  }
  return values;
}

const concretePath = (route: string, values: Record<string, string | string[]>) =>
  route.replace(/\[\[?(?:\.\.\.)?([^\]]+)\]\]?/g, (_, name: string) => [values[name]].flat().map(encodeURIComponent).join("/"));

// What `await` and React ask any object for; not query parameters.
const PROTOCOL = new Set(["then", "toJSON", "$$typeof", "constructor", "valueOf", "toString"]);

/** A page's `searchParams`: an empty record that writes down every name asked for. */
function recordingRecord(read: Set<string>) {
  return new Proxy({} as Record<string, string | undefined>, {
    get(target, key) {
      if (typeof key === "string" && !PROTOCOL.has(key)) read.add(key);
      return Reflect.get(target, key);
    },
    has(target, key) {
      if (typeof key === "string") read.add(key);
      return Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === "string") read.add(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      read.add("*every name*");
      return Reflect.ownKeys(target);
    },
  });
}

/** A route handler's `request.nextUrl.searchParams`: URLSearchParams' readers write down each name while `read` is set. */
let recording: Set<string> | undefined;
const originals = { get: URLSearchParams.prototype.get, getAll: URLSearchParams.prototype.getAll, has: URLSearchParams.prototype.has };
beforeEach(() => {
  // The routes log the failed queries; what they read is the point here.
  vi.spyOn(console, "error").mockImplementation(() => {});
  URLSearchParams.prototype.get = function (name: string) {
    recording?.add(name);
    return originals.get.call(this, name);
  };
  URLSearchParams.prototype.getAll = function (name: string) {
    recording?.add(name);
    return originals.getAll.call(this, name);
  };
  URLSearchParams.prototype.has = function (name: string, value?: string) {
    recording?.add(name);
    return value === undefined ? originals.has.call(this, name) : originals.has.call(this, name, value);
  };
});
afterEach(() => {
  vi.restoreAllMocks();
  Object.assign(URLSearchParams.prototype, originals);
  recording = undefined;
});

/** Runs the route's own code on `path` with no query string; the names it read, and how it ended. */
async function namesRead(file: string, kind: "page" | "route", pathname: string, segments: Record<string, string | string[]>): Promise<{ read: string[]; outcome: string }> {
  const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
  const read = new Set<string>();
  let outcome: string;
  try {
    if (kind === "page") {
      const page = mod.default as (props: { params: Promise<object>; searchParams: Promise<object> }) => unknown;
      await page({ params: Promise.resolve(segments), searchParams: Promise.resolve(recordingRecord(read)) });
      outcome = "rendered";
    } else {
      const get = mod.GET as (request: NextRequest, context: { params: Promise<object> }) => Promise<Response>;
      const request = new NextRequest(new URL(pathname, "http://127.0.0.1:3000"), { headers: { "x-aad-principal": "user" } });
      recording = read;
      const res = await get(request, { params: Promise.resolve(segments) });
      outcome = `answered ${res.status}`;
    }
  } catch (err) {
    outcome = `threw ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`;
  } finally {
    recording = undefined;
  }
  return { read: [...read].sort(), outcome };
}

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** The HTTP methods a route handler file exports: `export (async) function GET`, `export const GET`, `export { h as GET }`. */
function exportedMethods(source: string): string[] {
  const names = new Set<string>();
  for (const [, name] of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) names.add(name);
  for (const [, list] of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const item of list.split(",")) names.add(item.trim().split(/\s+as\s+/).pop() ?? "");
  }
  return HTTP_METHODS.filter((m) => names.has(m));
}

describe("the route table against app/", () => {
  const files = routeFiles();
  const specOf = (route: string): RouteSpec | undefined => ROUTE_TABLE.find((s) => s.route === route);

  it("lists every route under app/, and no route that is not there", () => {
    expect(files.length).toBeGreaterThan(15);
    expect(files.filter((f) => !specOf(f.route)).map((f) => `${f.file} (${f.route})`)).toEqual([]);
    const onDisk = new Set(files.map((f) => f.route));
    expect(ROUTE_TABLE.filter((s) => !onDisk.has(s.route)).map((s) => s.route)).toEqual([]);
  });

  it.each(routeFiles().map((f) => [f.route, f] as const))("%s: answers the methods the table lists", (_route, f) => {
    const spec = specOf(f.route);
    if (!spec) return; // reported by the test above
    if (f.kind === "page") {
      // Pages answer GET and HEAD: the dashboard has no server actions.
      expect([...spec.methods].sort()).toEqual(["GET", "HEAD"]);
      return;
    }
    // Read from the source, not imported: next-auth's route imports server-only code.
    const exported = exportedMethods(readFileSync(f.file, "utf8"));
    expect(exported.length, f.file).toBeGreaterThan(0);
    // Next answers HEAD with a GET handler and OPTIONS for every route handler.
    const answered = new Set([...exported, ...(exported.includes("GET") ? ["HEAD"] : []), "OPTIONS"]);
    expect([...new Set(spec.methods)].sort()).toEqual([...answered].sort());
  });

  it.each(routeFiles().map((f) => [f.route, f] as const))("%s: its parser reads exactly the parameters the table lists", async (_route, f) => {
    const spec = specOf(f.route);
    if (!spec) return;
    if (f.route.startsWith("/api/auth/")) {
      // next-auth's own query (callbackUrl, error, …): the table leaves it unjudged, and it reads none of ours.
      expect(spec.parameters).toBeNull();
      return;
    }
    const segments = segmentValues(f.route);
    const { read, outcome } = await namesRead(f.file, f.kind, concretePath(f.route, segments), segments);
    // Reached its parser: it did not stop on its own path segment or on sign-in (that would hide what it reads).
    if (spec.parameters !== null) expect(outcome, f.file).not.toMatch(/NEXT_HTTP_ERROR_FALLBACK|NEXT_NOT_FOUND|answered 40[134]/);
    expect(read, `${f.file} (${outcome})`).toEqual([...(spec.parameters ?? [])].sort());
  });
});
