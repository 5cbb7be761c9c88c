/**
 * Runs one random case in the engine and in DuckDB and compares: column names, the engine's column
 * types with the types the generator expects, and the rows (as a multiset; in the sorted order
 * asked for; with top/take's limit). A refusal by the engine (KqlUnsupportedError) is not an answer
 * and is counted apart: refusing is allowed, a silently wrong answer is not.
 */
import { writeFileSync } from "node:fs";
import { expect } from "vitest";
import type { DuckDBConnection } from "@duckdb/node-api";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlUnsupportedError } from "@/lib/engine/errors";
import { runQuery } from "@/lib/engine/run-query";
import { expectSameAnswer, type Answer } from "../published-truth/duck";
import type { Case } from "./query";
import type { KType } from "./table";

export type Outcome = { kind: "same" } | { kind: "refused"; message: string } | { kind: "differs"; report: string };

/** A timespan as the engine prints it, [-][d.]hh:mm:ss[.fffffff], in milliseconds. */
export function timespanMs(text: string): number {
  const m = /^(-)?(?:(\d+)\.)?(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$/.exec(text);
  if (!m) throw new Error(`not a timespan: ${text}`);
  const ticks = Number((m[6] ?? "").padEnd(7, "0"));
  const ms = ((Number(m[2] ?? 0) * 24 + Number(m[3])) * 60 + Number(m[4])) * 60_000 + Number(m[5]) * 1000 + ticks / 10_000;
  return m[1] ? -ms : ms;
}

const num = (v: unknown) => (typeof v === "bigint" ? Number(v) : v);
/** A dynamic array compared as a multiset: its values sorted. */
const bag = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify((v as unknown[]).map(num).sort((a, b) => Number(a) - Number(b))));

function engineCell(type: string, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (type === "datetime") return Date.parse(v as string);
  if (type === "timespan") return timespanMs(v as string);
  if (type === "dynamic") return bag(v);
  return num(v);
}

function duckCell(type: KType, v: unknown): unknown {
  if (type === "dynamic") return bag(v);
  return num(v);
}

/**
 * Only reals are compared within a relative 1e-9 (sums in another order); every other column exactly:
 * as numbers, epoch milliseconds within 1e-9 relative would be 1.7 s apart.
 */
function exactUnlessReal(a: Answer): Answer {
  return { ...a, rows: a.rows.map((r) => r.map((v, k) => (typeof v === "number" && a.kinds[k] !== "real" ? `${a.kinds[k]}:${v}` : v))) };
}

/** The answer's columns in `order` (by name), when it has exactly those names; else as it is, to fail. */
function inColumnOrder(a: Answer, order: string[]): Answer {
  const at = order.map((n) => a.columns.indexOf(n));
  if (at.some((i) => i < 0) || order.length !== a.columns.length) return a;
  return { columns: order, kinds: at.map((i) => a.kinds[i]), rows: a.rows.map((r) => at.map((i) => r[i])) };
}

export async function runCase(ws: Workspace, con: DuckDBConnection, c: Case): Promise<Outcome> {
  let engine: Answer;
  try {
    const t = runQuery(ws, c.kql);
    const types = t.columns.map((x) => x.type);
    engine = { columns: t.columns.map((x) => x.name), kinds: types, rows: t.rows.map((r) => r.map((v, k) => engineCell(types[k], v))) };
  } catch (e) {
    if (e instanceof KqlUnsupportedError) return { kind: "refused", message: e.message };
    return { kind: "differs", report: describe(c, `engine threw: ${(e as Error).message}`) };
  }
  let duck: Answer;
  try {
    for (const s of c.setup) await con.run(s);
    const reader = await con.runAndReadAll(c.sql);
    duck = { columns: reader.columnNames(), kinds: c.cols.map((x) => x.type), rows: reader.getRowsJS().map((r) => r.map((v, k) => duckCell(c.cols[k]?.type, v))) };
  } catch (e) {
    return { kind: "differs", report: describe(c, `DuckDB threw: ${(e as Error).message}`) };
  }
  if (c.anyColumnOrder) engine = inColumnOrder(engine, duck.columns);
  try {
    expectSameAnswer(exactUnlessReal(engine), exactUnlessReal(duck), { orderedBy: c.orderedBy, limit: c.limit });
    return { kind: "same" };
  } catch (e) {
    return { kind: "differs", report: describe(c, `${(e as Error).message}\nengine: ${show(engine)}\nDuckDB: ${show(duck)}`) };
  }
}

const show = (a: Answer) => JSON.stringify({ columns: a.columns, kinds: a.kinds, rows: a.rows }, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v));

function describe(c: Case, what: string): string {
  return `seed ${c.seed}\nKQL: ${c.kql}\nSQL: ${c.setup.join(";\n")};\n${c.sql}\n${what}`;
}

/**
 * Runs cases first..first+count-1 of a generator, writes the differing ones to FUZZ_OUT if set, and
 * checks them: refusals are allowed but must stay rare (or the fuzzer would test nothing), differences not.
 */
export async function expectAgreement(con: DuckDBConnection, make: (seed: number) => Case, first: number, count: number): Promise<void> {
  const ws = new Workspace();
  const differs: string[] = [];
  let refused = 0;
  for (let seed = first; seed < first + count; seed++) {
    const out = await runCase(ws, con, make(seed));
    if (out.kind === "differs") differs.push(out.report);
    else if (out.kind === "refused") refused++;
  }
  if (process.env.FUZZ_OUT) writeFileSync(process.env.FUZZ_OUT, `${refused} refused\n\n${differs.join("\n\n")}\n`);
  expect(refused, "refused cases").toBeLessThan(count / 10);
  expect(differs.slice(0, 3).join("\n\n"), `${differs.length} of ${count} cases differ`).toBe("");
}
