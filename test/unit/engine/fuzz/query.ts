/**
 * A random case: two random tables (L with an id, R), and a pipeline over L of up to four stages,
 * with at most one join, ending maybe in order by / top / take / count. Returns the KQL, the SQL
 * and how to compare the answers (sorted columns, row limit), plus the expected column types.
 */
import { Rng } from "./rng";
import { predicate } from "./predicate";
import { distinct, extend, listAndExpand, project, q, summarize, unionBase, where, type State } from "./stages";
import { windowed } from "./window";
import { kqlTable, randomTable, SQL_TYPE, sqlTable, type Col, type Table } from "./table";

export interface Case {
  seed: number;
  kql: string;
  /** Statements that load the tables, then the query. */
  setup: string[];
  sql: string;
  cols: Col[];
  orderedBy?: string[];
  limit?: number;
  /** Compare columns by name, in any order (a union with R: its page does not order them). */
  anyColumnOrder?: boolean;
}

const JOIN_KINDS = ["inner", "innerunique", "leftouter", "rightouter", "fullouter", "leftanti", "rightanti", "leftsemi", "rightsemi"] as const;

/** join on the string key k (join-operator page): kinds' output columns, the right key renamed k1 where both sides show. */
function join(st: State, right: Table): boolean {
  if (!st.cols.some((c) => c.name === "k" && c.type === "string")) return false;
  const kind = st.rng.pick(JOIN_KINDS);
  const p = st.rng.chance(0.4) ? predicate({ rng: st.rng, cols: right.cols }, 1, true) : undefined;
  const rk = p ? `(R | where ${p.k})` : "(R)";
  const rs = p ? `(SELECT * FROM fzr WHERE ${p.s})` : "fzr";
  const prev = `s${st.ctes.length - 1}`;
  // innerunique keeps one left row per key, which one is not defined: the left side is the key alone, so it is.
  const left = kind === "innerunique" ? st.cols.filter((c) => c.name === "k") : st.cols;
  const ls = kind === "innerunique" ? `(SELECT DISTINCT "k" FROM ${prev})` : prev;
  const outerL = kind === "rightouter" || kind === "fullouter";
  const outerR = kind === "leftouter" || kind === "fullouter";
  const pick = (side: string, c: Col, outer: boolean, as = c.name) => (outer && c.type === "string" ? `COALESCE(${side}.${q(c.name)}, '')` : `${side}.${q(c.name)}`) + ` AS ${q(as)}`;
  const lcols = left.map((c) => ({ ...c, unique: false, nullable: c.nullable || (outerL && c.type !== "string") }));
  // A right column whose name the left also has is shown with the suffix 1 (join-operator page: k1, id1).
  const shown = (c: Col) => (left.some((l) => l.name === c.name) ? `${c.name}1` : c.name);
  const rcols = right.cols.map((c) => ({ ...c, name: shown(c), nullable: c.nullable || (outerR && c.type !== "string") }));
  let sql: string;
  let cols: Col[];
  if (kind === "leftsemi" || kind === "leftanti") {
    sql = `SELECT * FROM ${ls} l WHERE ${kind === "leftanti" ? "NOT " : ""}EXISTS (SELECT 1 FROM ${rs} r WHERE r."k" = l."k")`;
    cols = lcols;
  } else if (kind === "rightsemi" || kind === "rightanti") {
    sql = `SELECT * FROM ${rs} r WHERE ${kind === "rightanti" ? "NOT " : ""}EXISTS (SELECT 1 FROM ${ls} l WHERE r."k" = l."k")`;
    cols = right.cols;
  } else {
    const how = { inner: "JOIN", innerunique: "JOIN", leftouter: "LEFT JOIN", rightouter: "RIGHT JOIN", fullouter: "FULL JOIN" }[kind];
    const sel = [...left.map((c) => pick("l", c, outerL)), ...right.cols.map((c) => pick("r", c, outerR, shown(c)))];
    sql = `SELECT ${sel.join(", ")} FROM ${ls} l ${how} ${rs} r ON l."k" = r."k"`;
    cols = [...lcols, ...rcols];
  }
  const kql = `${kind === "innerunique" ? "project k | " : ""}join kind=${kind} ${rk} on k`;
  st.kql += ` | ${kql}`;
  st.ctes.push(sql);
  st.cols = cols;
  st.base = new Set();
  return true;
}

/**
 * lookup (lookup-operator page): like a leftouter (default) or inner join, but the right side's key is
 * not repeated. Only when no other column name is on both sides.
 */
function lookup(st: State, right: Table): boolean {
  if (!st.cols.some((c) => c.name === "k" && c.type === "string")) return false;
  const rest = right.cols.filter((c) => c.name !== "k");
  if (rest.some((c) => st.cols.some((l) => l.name === c.name))) return false;
  const inner = st.rng.chance(0.4);
  const prev = `s${st.ctes.length - 1}`;
  const sel = [...st.cols.map((c) => `l.${q(c.name)}`), ...rest.map((c) => (!inner && c.type === "string" ? `COALESCE(r.${q(c.name)}, '')` : `r.${q(c.name)}`) + ` AS ${q(c.name)}`)];
  st.kql += ` | lookup ${inner ? "kind=inner " : st.rng.chance(0.5) ? "kind=leftouter " : ""}(R) on k`;
  st.ctes.push(`SELECT ${sel.join(", ")} FROM ${prev} l ${inner ? "JOIN" : "LEFT JOIN"} fzr r ON l."k" = r."k"`);
  st.cols = [...st.cols.map((c) => ({ ...c, unique: false })), ...rest.map((c) => ({ ...c, nullable: c.nullable || (!inner && c.type !== "string") }))];
  st.base = new Set();
  return true;
}

/**
 * union with R (union-operator page): kind=outer (the default) has every column of either side, a cell
 * no row defines null ("" for a string). Only when no name is on both sides with two types (those
 * become name_type columns). kind=inner over legs with different columns the engine refuses by name. The page does not give the columns' order,
 * so the case is compared by column name.
 */
function unionRight(st: State, right: Table): boolean {
  const clash = right.cols.some((r) => st.cols.some((l) => l.name === r.name && l.type !== r.type));
  if (clash || st.cols.some((c) => c.type === "dynamic")) return false;
  const names = [...st.cols, ...right.cols.filter((r) => !st.cols.some((l) => l.name === r.name))];
  const side = (cols: Col[]) => names.map((c) => (cols.some((x) => x.name === c.name) ? q(c.name) : c.type === "string" ? `'' AS ${q(c.name)}` : `NULL::${SQL_TYPE[c.type]} AS ${q(c.name)}`)).join(", ");
  st.kql += ` | union ${st.rng.chance(0.3) ? "kind=outer " : ""}(R)`;
  st.ctes.push(`SELECT ${side(st.cols)} FROM s${st.ctes.length - 1} UNION ALL SELECT ${side(right.cols)} FROM fzr`);
  st.cols = names.map((c) => ({ name: c.name, type: c.type, nullable: c.type !== "string", nan: c.nan || right.cols.some((r) => r.name === c.name && r.nan) }));
  st.base = new Set();
  st.anyColumnOrder = true;
  return true;
}

/** where k in (tabular), in-operator page; or a comparison with toscalar() of R (toscalar-function page). */
function subquery(st: State, right: Table): boolean {
  const prev = `s${st.ctes.length - 1}`;
  const n = st.cols.find((c) => c.type === "long" && !c.nan);
  if (n && st.rng.chance(0.4)) {
    const [agg, sql] = st.rng.pick([["count", "count(*)"], ["summarize max(strlen(k))", "max(length(k))"]] as const);
    st.kql += ` | where ${n.name} <= toscalar(R | ${agg})`;
    st.ctes.push(`SELECT * FROM ${prev} WHERE ${q(n.name)} <= (SELECT ${sql} FROM fzr)`);
    return true;
  }
  if (!st.cols.some((c) => c.name === "k" && c.type === "string")) return false;
  const neg = st.rng.chance(0.4);
  const p = st.rng.chance(0.5) ? predicate({ rng: st.rng, cols: right.cols }, 1, true) : undefined;
  st.kql += ` | where k ${neg ? "!in" : "in"} (R${p ? ` | where ${p.k}` : ""} | project k)`;
  st.ctes.push(`SELECT * FROM ${prev} WHERE "k" ${neg ? "NOT IN" : "IN"} (SELECT "k" FROM fzr${p ? ` WHERE ${p.s}` : ""})`);
  return true;
}

const sortable = (c: Col) => c.type !== "dynamic";

/** sort operator page: default desc; nulls first for asc, nulls last for desc, unless said. */
function orderTerms(st: State, cs: Col[]): { k: string; s: string } {
  const terms = cs.map((c) => {
    const dir = st.rng.pick(["asc", "desc", ""]);
    const nulls = st.rng.pick(["", "", "nulls first", "nulls last"]);
    const asc = dir === "asc";
    const first = nulls ? nulls === "nulls first" : asc;
    const k = `${c.name}${dir ? ` ${dir}` : ""}${nulls ? ` ${nulls}` : ""}`;
    // NaN sorts with the nulls, after them when they come first, before them when last (sort page, special values).
    const nan = c.nan ? `(CASE WHEN ${q(c.name)} IS NULL THEN ${first ? 0 : 2} WHEN isnan(${q(c.name)}) THEN 1 ELSE ${first ? 2 : 0} END), ` : "";
    return { k, s: `${nan}${q(c.name)} ${asc ? "ASC" : "DESC"} ${first ? "NULLS FIRST" : "NULLS LAST"}` };
  });
  return { k: terms.map((t) => t.k).join(", "), s: terms.map((t) => t.s).join(", ") };
}

export function randomCase(seed: number): Case {
  const rng = new Rng(seed);
  const L = randomTable(rng, "L", "c", true);
  const R = randomTable(rng, "R", "r_", false);
  // Sometimes a right column named as a left one (id), to see join's renaming.
  if (rng.chance(0.3)) {
    R.cols.push({ name: "id", type: "long", nullable: true });
    for (const row of R.rows) row.push(rng.chance(0.2) ? null : rng.int(1, 6));
  }
  const st: State = { rng, kql: "L", ctes: ["SELECT * FROM fzl"], cols: L.cols, base: new Set(L.cols.map((c) => c.name)), fresh: 0 };
  let joined = false;
  const stages = rng.int(1, 4);
  for (let i = 0; i < stages; i++) {
    const r = rng.int(0, 16);
    if (r <= 3) where(st);
    else if (r <= 6) extend(st);
    else if (r === 7) project(st);
    else if (r <= 9) summarize(st);
    else if (r === 10) distinct(st);
    else if (r <= 12 && !joined) joined = rng.chance(0.25) ? lookup(st, R) : join(st, R);
    else if (r === 13 && rng.chance(0.5)) unionBase(st, "L", "fzl");
    else if (r === 13) unionRight(st, R);
    else if (r === 14) listAndExpand(st);
    else if (r === 15) windowed(st);
    else if (r === 16) subquery(st, R);
  }
  const out: Pick<Case, "orderedBy" | "limit"> = {};
  let order = "";
  const t = rng.int(0, 9);
  const keys = rng.some(st.cols.filter(sortable)).slice(0, 2);
  if (t <= 2 && keys.length) {
    const o = orderTerms(st, keys);
    st.kql += ` | ${rng.pick(["order", "sort"])} by ${o.k}`;
    order = ` ORDER BY ${o.s}`;
    out.orderedBy = keys.map((c) => c.name);
    if (rng.chance(0.4)) {
      out.limit = rng.int(0, 5);
      st.kql += ` | ${rng.pick(["take", "limit"])} ${out.limit}`;
    }
  } else if (t === 3 && keys.length) {
    const o = orderTerms(st, keys.slice(0, 1));
    out.limit = rng.int(0, 5);
    st.kql += ` | top ${out.limit} by ${o.k}`;
    order = ` ORDER BY ${o.s}`;
    out.orderedBy = [keys[0].name];
  } else if (t === 4) {
    out.limit = rng.int(0, 5);
    st.kql += ` | take ${out.limit}`;
  } else if (t === 6) {
    // take then count: whichever rows take keeps, there are min(n, rows) of them.
    const n = rng.int(0, 6);
    st.kql += ` | ${rng.pick(["take", "limit"])} ${n} | count`;
    st.ctes.push(`SELECT least(count(*), ${n}) AS "Count" FROM s${st.ctes.length - 1}`);
    st.cols = [{ name: "Count", type: "long", nullable: false }];
  } else if (t === 5) {
    st.kql += " | count";
    st.ctes.push(`SELECT count(*) AS "Count" FROM s${st.ctes.length - 1}`);
    st.cols = [{ name: "Count", type: "long", nullable: false }];
  }
  const sql = `WITH ${st.ctes.map((c, i) => `s${i} AS (${c})`).join(", ")} SELECT * FROM s${st.ctes.length - 1}${order}`;
  const setup = [...sqlTable({ ...L, name: "fzl" }), ...sqlTable({ ...R, name: "fzr" })];
  return { seed, kql: `${kqlTable(L)} ${kqlTable(R)} ${st.kql}`, setup, sql, cols: st.cols, ...out, anyColumnOrder: st.anyColumnOrder };
}
