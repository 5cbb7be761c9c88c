/**
 * `npm run kql`'s embedded demo, kept on disk between calls: building the 30-day demo costs ~25 s of
 * CPU (simulation ~9 s, appending the rows into the column store ~15 s), reading it back about a second.
 *
 * Why a cached demo cannot answer with rows a fresh one would not hold (docs/api-and-cli.md):
 * - the file's name and content carry a key over everything the rows depend on besides the clock:
 *   the loaded configuration, the source of every file the simulator, the column store and the
 *   config loader are made of (source-fingerprint.ts), package-lock.json, Node's version and this
 *   file format's version. Another key is another file; a file with another key inside is ignored;
 * - a checksum over the content: a corrupt or partial file is ignored and rebuilt; files are written
 *   to a temporary name and renamed, so a reader never sees half of one;
 * - the demo is resumed, not replayed: its rows up to the saved moment are the saved ones, and the
 *   minutes since are simulated by the same live demo the dashboard runs (lib/simulator/live.ts),
 *   from its saved state. That is exactly the workspace of a dashboard started at the saved anchor,
 *   now (test/unit/wiring/demo-cache.test.ts compares them row for row).
 * The demo's month is placed relative to its anchor (lib/simulator/demo.ts), so rows at a time do
 * depend on when the demo started: a demo anchored earlier shows the scenarios earlier, as a
 * dashboard running since then does. With a frozen clock (DASHBOARD_AS_OF: tests, replays) the
 * dashboard's anchor is that moment, and only a file anchored exactly there is used; with the wall
 * clock a file anchored up to MAX_ANCHOR_AGE_MS ago is (with rows up to MAX_CATCH_UP_MS old), and
 * stderr names the anchor.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import type { DashboardConfig } from "../config/schema";
import type { Value } from "../dataset/columns";
import type { ColumnImage, TableImage } from "../dataset/stored-table";
import { Workspace, type WorkspaceImage } from "../dataset/workspace";
import { createWorkspaceDemo, type LiveDemoState } from "../simulator/live";
import { sourceFingerprint } from "./source-fingerprint";

const FORMAT = "aad-demo-cache/1";
const MAGIC = Buffer.from("AADDEMO1");
const HEADER = MAGIC.length + 32;
/** Past this, a cached anchor is dropped: the scenarios would sit hours away from where a fresh demo puts them. */
export const MAX_ANCHOR_AGE_MS = 6 * 3600_000;
/**
 * Past this, catching up is dropped for a build: an hour of the live demo costs ~5 s (its rows, and
 * the hourly retention and thinning that copy every column), the whole 30-day build ~25 s.
 */
export const MAX_CATCH_UP_MS = 2 * 3600_000;
/** A file that needed this much catching up is written again, so the next call catches up less. */
const REWRITE_AFTER_MS = 10 * 60_000;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Where the rows come from: the demo, the column store it writes, the loader that fills in the config's defaults, this file. */
export const DEMO_SOURCE_ENTRIES = ["lib/simulator/live.ts", "lib/dataset/workspace.ts", "lib/config/load.ts", "lib/wiring/demo-cache.ts"];

/** The default folder: with the project's other tool caches, so it goes with node_modules. */
export const DEFAULT_CACHE_DIR = path.join(ROOT, "node_modules", ".cache", "kql-demo");

export interface DemoCacheOptions {
  /** Folder of the cache files; null: neither read nor write (--no-cache). */
  dir: string | null;
  /** The moment the workspace is brought to. */
  now: Date;
  /** A frozen clock (DASHBOARD_AS_OF): the dashboard's anchor is `now`, so only a file anchored there is used. */
  exactAnchor: boolean;
  /** Said first: "from cache: …" or "built: …"; later notes (a file not written) too. */
  say(line: string): void;
}

export interface DemoWorkspace {
  workspace: Workspace;
  /** The first data held. */
  from: Date;
  anchor: Date;
  origin: "cache" | "built";
}

interface Payload {
  key: string;
  state: LiveDemoState;
  image: WorkspaceImage;
}

type FileColumn = Exclude<ColumnImage, { kind: "value" }> | { kind: "value-json"; json: string };
type FileImage = Omit<WorkspaceImage, "tables"> & { tables: (Omit<TableImage, "columns"> & { columns: FileColumn[] })[] };

let fingerprint: string | undefined;

/** Everything the demo's rows depend on besides the clock. */
export function demoCacheKey(config: DashboardConfig): string {
  fingerprint ??= sourceFingerprint(ROOT, DEMO_SOURCE_ENTRIES).hash;
  return createHash("sha256").update(JSON.stringify([FORMAT, process.version, fingerprint, config])).digest("hex");
}

export function demoCacheFile(dir: string, key: string): string {
  return path.join(dir, `demo-${key.slice(0, 32)}.bin`);
}

/** The demo brought to `now`: resumed from a usable cache file, else built (and cached). */
export function demoWorkspace(config: DashboardConfig, opts: DemoCacheOptions): DemoWorkspace {
  const nowMs = opts.now.getTime();
  const key = opts.dir === null ? "" : demoCacheKey(config);
  const file = opts.dir === null ? "" : demoCacheFile(opts.dir, key);
  const read = opts.dir === null ? { miss: "--no-cache" } : readPayload(file, key);
  const miss = "miss" in read ? read.miss : unusable(read.state, nowMs, opts.exactAnchor);
  const what = `${config.embedded.days}-day demo (seed ${config.embedded.seed})`;
  if (miss === undefined && "state" in read) {
    const { state, workspace } = read;
    const behind = nowMs - state.cursor;
    opts.say(`from cache: the ${what} anchored at ${new Date(state.anchorMs).toISOString()}, ${minutes(behind)} of rows simulated since (${file}; --no-cache builds one anchored now)`);
    const demo = createWorkspaceDemo(config, workspace, () => opts.now, state);
    demo.advanceTo(opts.now);
    if (behind > REWRITE_AFTER_MS) writePayload(file, { key, state: demo.state(), image: workspace.image() }, opts.say);
    return { workspace, from: demo.from, anchor: demo.anchor, origin: "cache" };
  }
  const started = performance.now();
  const workspace = new Workspace();
  const demo = createWorkspaceDemo(config, workspace, () => opts.now);
  opts.say(`built: the ${what} anchored now, ${demo.anchor.toISOString()} (${miss}; ${opts.dir === null ? "not cached" : `cached in ${file}`})`);
  demo.advanceTo(opts.now);
  opts.say(`embedded workspace ready: ${config.embedded.days}-day demo, ${workspace.storedRowCount().toLocaleString("en")} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (opts.dir !== null) writePayload(file, { key, state: demo.state(), image: workspace.image() }, opts.say);
  return { workspace, from: demo.from, anchor: demo.anchor, origin: "built" };
}

function minutes(ms: number): string {
  return ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`;
}

/** Why a well-formed file's demo cannot be resumed to `nowMs`, or undefined when it can. */
function unusable(state: LiveDemoState, nowMs: number, exactAnchor: boolean): string | undefined {
  const anchor = new Date(state.anchorMs).toISOString();
  // Rows after now would be rows a fresh demo does not hold yet: a demo never goes back.
  if (state.cursor > nowMs) return `the cache holds rows up to ${new Date(state.cursor).toISOString()}, after now`;
  if (exactAnchor && state.anchorMs !== Math.floor(nowMs / 60_000) * 60_000) return `the cache is anchored at ${anchor}, not at DASHBOARD_AS_OF`;
  if (nowMs - state.anchorMs > MAX_ANCHOR_AGE_MS) return `the cache is anchored at ${anchor}, more than ${MAX_ANCHOR_AGE_MS / 3600_000} h ago`;
  if (nowMs - state.cursor > MAX_CATCH_UP_MS) return `the cache holds rows up to ${new Date(state.cursor).toISOString()}, more than ${MAX_CATCH_UP_MS / 3600_000} h ago`;
  return undefined;
}

function readPayload(file: string, key: string): { state: LiveDemoState; workspace: Workspace } | { miss: string } {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return { miss: "no cache for this configuration and code yet" };
  }
  const corrupt = { miss: "the cache file was corrupt or partial: ignored" };
  if (buf.length < HEADER || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return corrupt;
  const body = buf.subarray(HEADER);
  if (!createHash("sha256").update(body).digest().equals(buf.subarray(MAGIC.length, HEADER))) return corrupt;
  let saved: Omit<Payload, "image"> & { image: FileImage };
  try {
    saved = v8.deserialize(body);
  } catch {
    return corrupt;
  }
  // The name holds half the key: the whole must match.
  if (saved?.key !== key) return { miss: "the cache file belongs to another configuration or code" };
  try {
    return { state: saved.state, workspace: Workspace.fromImage(fromFile(saved.image)) };
  } catch {
    return corrupt;
  }
}

/** Writes atomically (temporary name, then rename); a failure is said, not thrown: the answer does not need the cache. */
function writePayload(file: string, payload: Payload, say: (line: string) => void): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const body = v8.serialize({ ...payload, image: toFile(payload.image) });
    const sum = createHash("sha256").update(body).digest();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, Buffer.concat([MAGIC, sum, body]));
    fs.renameSync(tmp, file);
    pruneOthers(file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    say(`the demo was not cached: ${(e as Error).message}`);
  }
}

/** Keeps the folder to the newest few files (other configurations or code each have one). */
function pruneOthers(file: string, keep = 3): void {
  const dir = path.dirname(file);
  const others = fs
    .readdirSync(dir)
    .filter((n) => /^demo-[0-9a-f]{32}\.bin$/.test(n) && path.join(dir, n) !== file)
    .map((n) => ({ n, t: fs.statSync(path.join(dir, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { n } of others.slice(keep - 1)) fs.rmSync(path.join(dir, n), { force: true });
}

/**
 * Dynamic values travel as one JSON text per column: parsing it is ~4x faster than the structured
 * clone of as many objects (0.3 s against 1.3 s for the 30-day demo's 0.5 M Properties). Only when
 * JSON gives every value back exactly (no undefined, NaN, ±Infinity, -0, class instance); else
 * the demo is not cached.
 */
function toFile(image: WorkspaceImage): FileImage {
  const tables = image.tables.map((t) => ({
    ...t,
    columns: t.columns.map((c, k) => {
      if (c.kind !== "value") return c;
      if (!c.data.every(jsonExact)) throw new Error(`${t.name}.${t.schema[k].name} holds a value JSON does not give back exactly`);
      return { kind: "value-json" as const, json: JSON.stringify(c.data) };
    }),
  }));
  return { ...image, tables };
}

function fromFile(image: FileImage): WorkspaceImage {
  const tables = image.tables.map((t) => ({ ...t, columns: t.columns.map((c) => (c.kind === "value-json" ? { kind: "value" as const, data: JSON.parse(c.json) as Value[] } : c)) }));
  return { ...image, tables };
}

function jsonExact(v: unknown): boolean {
  if (v === null || typeof v === "string" || typeof v === "boolean") return true;
  if (typeof v === "number") return Number.isFinite(v) && !Object.is(v, -0);
  if (typeof v !== "object") return false;
  const proto = Object.getPrototypeOf(v);
  if (proto === Array.prototype) return (v as unknown[]).every(jsonExact);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const k in v) if (!jsonExact((v as Record<string, unknown>)[k])) return false;
  return true;
}
