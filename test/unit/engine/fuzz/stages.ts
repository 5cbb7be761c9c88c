/**
 * Row-wise and grouping stages of a random pipeline: where, extend, project, distinct, summarize,
 * union and mv-expand, each as KQL text and as one SQL SELECT over the previous stage's CTE.
 */
import type { Rng } from "./rng";
import { predicate } from "./predicate";
import { expr, type Ctx } from "./scalar";
import type { Col, KType } from "./table";

export interface State {
  rng: Rng;
  /** The KQL pipeline so far (after the let statements). */
  kql: string;
  /** SQL CTEs so far: each selects from the one before. */
  ctes: string[];
  cols: Col[];
  /** Names of base-table columns still unchanged (a union with the base table needs all columns to be such). */
  base: Set<string>;
  fresh: number;
  anyColumnOrder?: boolean;
}

export const q = (name: string) => `"${name}"`;
const prev = (st: State) => `s${st.ctes.length - 1}`;
const ctx = (st: State): Ctx => ({ rng: st.rng, cols: st.cols });
const sortable = (c: Col) => !c.nan && c.type !== "dynamic";

function push(st: State, kql: string, sql: string, cols: Col[], keepBase = true): void {
  st.kql += ` | ${kql}`;
  st.ctes.push(sql);
  st.cols = cols;
  if (!keepBase) st.base = new Set();
  for (const name of [...st.base]) if (!cols.some((c) => c.name === name)) st.base.delete(name);
}

export function where(st: State): void {
  const p = predicate(ctx(st), 2, true);
  push(st, `where ${p.k}`, `SELECT * FROM ${prev(st)} WHERE ${p.s}`, st.cols);
}

const TYPES: KType[] = ["long", "real", "string", "bool", "datetime", "timespan", "long", "real", "int"];

export function extend(st: State): void {
  const n = st.rng.int(1, 2);
  const made = Array.from({ length: n }, () => {
    const e = expr(ctx(st), st.rng.pick(TYPES), st.rng.int(1, 3));
    return { name: `e${st.fresh++}`, e };
  });
  const kql = `extend ${made.map((m) => `${m.name} = ${m.e.k}`).join(", ")}`;
  const sql = `SELECT *, ${made.map((m) => `${m.e.s} AS ${q(m.name)}`).join(", ")} FROM ${prev(st)}`;
  push(st, kql, sql, [...st.cols, ...made.map((m) => ({ name: m.name, type: m.e.t, nullable: m.e.nullable, nan: m.e.nan }))]);
}

export function project(st: State): void {
  if (st.rng.chance(0.3) && st.cols.length > 1) {
    const away = st.rng.some(st.cols.slice(1));
    const keep = st.cols.filter((c) => !away.includes(c));
    push(st, `project-away ${away.map((c) => c.name).join(", ")}`, `SELECT ${keep.map((c) => q(c.name)).join(", ")} FROM ${prev(st)}`, keep);
    return;
  }
  if (st.rng.chance(0.3)) {
    // project-rename keeps the column's place (project-rename-operator page).
    const c = st.rng.pick(st.cols);
    const name = `n${st.fresh++}`;
    const cols = st.cols.map((x) => (x === c ? { ...x, name } : x));
    push(st, `project-rename ${name} = ${c.name}`, `SELECT ${st.cols.map((x) => (x === c ? `${q(x.name)} AS ${q(name)}` : q(x.name))).join(", ")} FROM ${prev(st)}`, cols);
    return;
  }
  const keep = st.rng.some(st.cols);
  if (st.rng.chance(0.3)) {
    const e = expr(ctx(st), st.rng.pick(TYPES), 2);
    const name = `p${st.fresh++}`;
    const all = [...keep.map((c) => ({ k: c.name, s: q(c.name), c })), { k: `${name} = ${e.k}`, s: `${e.s} AS ${q(name)}`, c: { name, type: e.t, nullable: e.nullable, nan: e.nan } }];
    push(st, `project ${all.map((x) => x.k).join(", ")}`, `SELECT ${all.map((x) => x.s).join(", ")} FROM ${prev(st)}`, all.map((x) => x.c));
    return;
  }
  push(st, `project ${keep.map((c) => c.name).join(", ")}`, `SELECT ${keep.map((c) => q(c.name)).join(", ")} FROM ${prev(st)}`, keep);
}

export function distinct(st: State): boolean {
  const cs = st.rng.some(st.cols.filter(sortable));
  if (cs.length === 0) return false;
  const list = cs.map((c) => c.name);
  push(st, `distinct ${list.join(", ")}`, `SELECT DISTINCT ${list.map(q).join(", ")} FROM ${prev(st)}`, cs.map((c) => ({ ...c, unique: false })));
  return true;
}

/** DuckDB sums BIGINTs into a HUGEINT, which its datetime functions do not take: back to BIGINT (the sums here are small). */
const sumOf = (c: Col, sql: string) => (c.type === "long" ? `CAST(${sql} AS BIGINT)` : sql);

interface Part {
  k: string;
  s: string;
  col: Col;
}

function groupKeys(st: State): Part[] {
  const keys: Part[] = [];
  // Often the low-cardinality key k alone, so that groups hold several rows.
  const k = st.cols.find((c) => c.name === "k");
  const chosen = k && st.rng.chance(0.4) ? [k] : st.rng.some(st.cols.filter(sortable), false).slice(0, 2);
  for (const c of chosen) {
    if (c.type === "long" && st.rng.chance(0.3)) {
      const n = st.rng.pick([2, 5]);
      const name = `b${st.fresh++}`;
      keys.push({ k: `${name} = bin(${c.name}, ${n})`, s: `CAST(floor(${q(c.name)} / ${n}) AS BIGINT) * ${n}`, col: { name, type: "long", nullable: c.nullable } });
    } else if (c.type === "datetime" && st.rng.chance(0.5)) {
      const name = `b${st.fresh++}`;
      keys.push({ k: `${name} = bin(${c.name}, 1h)`, s: `CAST(floor(${q(c.name)} / 3600000) AS BIGINT) * 3600000`, col: { name, type: "datetime", nullable: c.nullable } });
    } else keys.push({ k: c.name, s: q(c.name), col: { ...c, unique: false } });
  }
  if (keys.length < 2 && st.rng.chance(0.2)) {
    const e = expr({ rng: st.rng, cols: st.cols }, st.rng.pick(["long", "string", "datetime", "bool"] as const), 2);
    const name = `g${st.fresh++}`;
    if (!e.nan) keys.push({ k: `${name} = ${e.k}`, s: e.s, col: { name, type: e.t, nullable: e.nullable } });
  }
  return keys;
}

/**
 * One aggregate (summarize-operator page and each aggregate's page; nulls ignored: null-values page).
 * With no value to aggregate, the summarize page's defaults: 0 for count/sum and their -if forms, [] for make_*.
 * dcount() is an estimate in Kusto; the engine counts exactly, as Kusto does for these few values.
 */
function aggregate(st: State, keys: Part[], taken: Set<string>): Part[] {
  const { rng } = st;
  const name = `a${st.fresh++}`;
  const pickCol = (ok: (c: Col) => boolean) => {
    const cs = st.cols.filter(ok);
    return cs.length ? rng.pick(cs) : undefined;
  };
  const num = pickCol((c) => c.type === "long" || c.type === "real");
  // int is left out of sum/avg/min/max: the pages do not say the result's type.
  const ordered = pickCol((c) => ["long", "real", "datetime", "timespan"].includes(c.type) && !c.nan);
  const longOrTime = pickCol((c) => (c.type === "long" || c.type === "datetime") && !c.nan);
  const id = st.cols.find((c) => c.unique && c.type === "long" && !taken.has(c.name));
  const as = (t: KType, nullable: boolean, nan = false): Col => ({ name, type: t, nullable, nan });
  switch (rng.int(0, 12)) {
    case 0:
      return [{ k: `${name} = count()`, s: `count(*)`, col: as("long", false) }];
    case 9: {
      // variance()/stdev() (sample) and -p (population): 0 with no value or, for the sample forms, one value (summarize page).
      const x = pickCol((c) => !!c.far && !c.nan) ?? num;
      if (!x || x.nan) break;
      const [f, sf] = rng.pick([["variance", "var_samp"], ["variancep", "var_pop"], ["stdev", "stddev_samp"], ["stdevp", "stddev_pop"]] as const);
      // Only the sample forms have an -if variant (stdevif, varianceif pages).
      if (!f.endsWith("p") && rng.chance(0.3)) {
        const p = predicate({ rng, cols: st.cols }, 1, true);
        return [{ k: `${name} = ${f}if(${x.name}, ${p.k})`, s: `COALESCE(${sf}(${q(x.name)}) FILTER (WHERE ${p.s}), 0)`, col: as("real", false) }];
      }
      return [{ k: `${name} = ${f}(${x.name})`, s: `COALESCE(${sf}(${q(x.name)}), 0)`, col: as("real", false) }];
    }
    case 10: {
      const p = predicate({ rng, cols: st.cols }, 1, true);
      if (ordered && rng.chance(0.5)) {
        const f = rng.pick(["min", "max"]);
        return [{ k: `${name} = ${f}if(${ordered.name}, ${p.k})`, s: `${f}(${q(ordered.name)}) FILTER (WHERE ${p.s})`, col: as(ordered.type, true) }];
      }
      if (!num) break;
      return [{ k: `${name} = avgif(${num.name}, ${p.k})`, s: `COALESCE(avg(${q(num.name)}) FILTER (WHERE ${p.s}), 'nan'::DOUBLE)`, col: as("real", false, true) }];
    }
    case 12: {
      // percentile(): the nearest rank, the value at rank ceil(p/100 × n) of the sorted values (percentiles
      // page). Kusto estimates it; the engine computes it exactly (published-truth.test.ts says so).
      const x = pickCol((c) => (c.type === "long" || c.type === "real") && !c.nan);
      if (!x) break;
      const pc = rng.pick([10, 25, 50, 90, 99, 100]);
      const sql = `list_sort(list(${q(x.name)}) FILTER (WHERE ${q(x.name)} IS NOT NULL))[CAST(ceil(${pc} / 100.0 * count(${q(x.name)})) AS BIGINT)]`;
      return [{ k: `${name} = percentile(${x.name}, ${pc})`, s: sql, col: as(x.type, true) }];
    }
    case 11: {
      if (!longOrTime) break;
      if (rng.chance(0.5)) return [{ k: `${name} = count_distinct(${longOrTime.name})`, s: `count(DISTINCT ${q(longOrTime.name)})`, col: as("long", false) }];
      const p = predicate({ rng, cols: st.cols }, 1, true);
      return [{ k: `${name} = dcountif(${longOrTime.name}, ${p.k})`, s: `count(DISTINCT ${q(longOrTime.name)}) FILTER (WHERE ${p.s})`, col: as("long", false) }];
    }
    case 1: {
      const p = predicate({ rng, cols: st.cols }, 1, true);
      return [{ k: `${name} = countif(${p.k})`, s: `count(*) FILTER (WHERE ${p.s})`, col: as("long", false) }];
    }
    case 2:
      if (!num) break;
      return [{ k: `${name} = sum(${num.name})`, s: sumOf(num, `COALESCE(sum(${q(num.name)}), 0)`), col: as(num.type, false, num.nan) }];
    case 3: {
      if (!num) break;
      const p = predicate({ rng, cols: st.cols }, 1, true);
      return [{ k: `${name} = sumif(${num.name}, ${p.k})`, s: sumOf(num, `COALESCE(sum(${q(num.name)}) FILTER (WHERE ${p.s}), 0)`), col: as(num.type, false, num.nan) }];
    }
    case 4:
      if (!num) break;
      // avg of no value: the engine's NaN (lib/engine/aggregates.ts says why: the summarize page's own example prints NaN).
      return [{ k: `${name} = avg(${num.name})`, s: `COALESCE(avg(${q(num.name)}), 'nan'::DOUBLE)`, col: as("real", false, true) }];
    case 5: {
      if (!ordered) break;
      const f = rng.pick(["min", "max"]);
      return [{ k: `${name} = ${f}(${ordered.name})`, s: `${f}(${q(ordered.name)})`, col: as(ordered.type, true) }];
    }
    case 6:
      if (!longOrTime) break;
      return [{ k: `${name} = dcount(${longOrTime.name})`, s: `count(DISTINCT ${q(longOrTime.name)})`, col: as("long", false) }];
    case 7: {
      const x = pickCol((c) => c.type === "long");
      if (!x) break;
      const set = rng.chance(0.5);
      const p = rng.chance(0.3) ? predicate({ rng, cols: st.cols }, 1, true) : undefined;
      const s = `COALESCE(list(${set ? "DISTINCT " : ""}${q(x.name)}) FILTER (WHERE ${q(x.name)} IS NOT NULL${p ? ` AND ${p.s}` : ""}), [])`;
      const f = `${set ? "make_set" : "make_list"}${p ? "_if" : ""}`;
      return [{ k: `${name} = ${f}(${x.name}${p ? `, ${p.k}` : ""})`, s, col: as("dynamic", false) }];
    }
    default: {
      // arg_max/arg_min over a unique column: the row is determined (ties would let Kusto pick any).
      const other = pickCol((c) => c !== id && !taken.has(c.name) && c.type !== "dynamic");
      if (!id || !other) break;
      const f = rng.pick(["max", "min"]);
      taken.add(id.name).add(other.name);
      return [
        { k: `arg_${f}(${id.name}, ${other.name})`, s: `${f}(${q(id.name)})`, col: { ...id, unique: false } },
        // Over no row (no key, empty input) a string is "" (no null string), the others null.
        { k: "", s: `${other.type === "string" ? "COALESCE(" : ""}arg_${f}_null(${q(other.name)}, ${q(id.name)})${other.type === "string" ? ", '')" : ""}`, col: { ...other, unique: false } },
      ];
    }
  }
  return [{ k: `${name} = count()`, s: `count(*)`, col: as("long", false) }];
}

export function summarize(st: State): void {
  const keys = groupKeys(st);
  const taken = new Set(keys.map((k) => k.col.name));
  const aggs = Array.from({ length: keys.length && st.rng.chance(0.1) ? 0 : st.rng.int(1, 3) }, () => aggregate(st, keys, taken)).flat();
  const kql = `summarize ${aggs.filter((a) => a.k).map((a) => a.k).join(", ")}${keys.length ? `${aggs.length ? " " : ""}by ${keys.map((k) => k.k).join(", ")}` : ""}`;
  const parts = [...keys, ...aggs];
  const sql = `SELECT ${parts.map((p) => `${p.s} AS ${q(p.col.name)}`).join(", ")} FROM ${prev(st)}${keys.length ? ` GROUP BY ${keys.map((_, i) => i + 1).join(", ")}` : ""}`;
  push(st, kql, sql, parts.map((p) => p.col), false);
}

/** union with the base table itself (same columns, same order): only while every column is a base column. */
export function unionBase(st: State, base: string, sqlBase: string): boolean {
  if (!st.cols.every((c) => st.base.has(c.name))) return false;
  const p = predicate(ctx(st), 1, true);
  const list = st.cols.map((c) => c.name);
  push(st, `union (${base} | where ${p.k} | project ${list.join(", ")})`, `SELECT ${list.map(q).join(", ")} FROM ${prev(st)} UNION ALL SELECT ${list.map(q).join(", ")} FROM ${sqlBase} WHERE ${p.s}`, st.cols.map((c) => ({ ...c, unique: false })));
  return true;
}

/** make_list then mv-expand: each non-null value back on its own row, with its group's key (mv-expand-operator page). */
export function listAndExpand(st: State): boolean {
  const x = st.cols.find((c) => c.type === "long" && !c.unique);
  const key = st.cols.find((c) => c !== x && sortable(c));
  if (!x || !key) return false;
  const v = `v${st.fresh++}`;
  const set = st.rng.chance(0.4);
  const kql = `where isnotnull(${x.name}) | summarize ${v} = ${set ? "make_set" : "make_list"}(${x.name}) by ${key.name} | mv-expand ${v} to typeof(long)`;
  const sql = `SELECT ${set ? "DISTINCT " : ""}${q(key.name)}, ${q(x.name)} AS ${q(v)} FROM ${prev(st)} WHERE ${q(x.name)} IS NOT NULL`;
  push(st, kql, sql, [{ ...key, unique: false }, { name: v, type: "long", nullable: false }], false);
  return true;
}
