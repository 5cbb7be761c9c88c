/**
 * Round 2's random case over T (json-table.ts): a projection of row-wise expressions (dynamic.ts,
 * text.ts), or one tabular construct round 1 left out: mv-expand of mixed arrays and of bags,
 * mv-apply with summarize inside, summarize by a dynamic-derived key or by bin() of reals and
 * timespans, make_bag / make_list_with_nulls / percentiles, parse, make-series, range, arg_max(*).
 */
import { Rng } from "./rng";
import { rowExpr } from "./dynamic";
import { seriesCase } from "./json-series";
import { jsonRows, kqlJsonTable, sqlJsonTable } from "./json-table";
import { BASE_MS, type Col, type KType } from "./table";
import type { Case } from "./query";

type Shape = { kql: string; sql: string; cols: Col[]; anyColumnOrder?: boolean };
const col = (name: string, type: KType): Col => ({ name, type, nullable: true });
const DYN = "extend d = parse_json(j), e = parse_json(m), g = parse_json(b)";
const DAY = 86_400_000;

function projection(rng: Rng): Shape {
  const xs = Array.from({ length: rng.int(1, 3) }, () => rowExpr(rng));
  return {
    kql: `T | ${DYN} | project id, ${xs.map((x, i) => `x${i} = ${x.k}`).join(", ")}`,
    sql: `SELECT id, ${xs.map((x, i) => `(${x.s}) AS x${i}`).join(", ")} FROM fz`,
    cols: [col("id", "long"), ...xs.map((x, i) => col(`x${i}`, x.t))],
  };
}

/** mv-expand (its page): one row per array element; a bag gives one single-slot bag per slot. */
function mvExpand(rng: Rng): Shape {
  if (rng.chance(0.4)) {
    return {
      kql: "T | where array_length(bag_keys(parse_json(b))) > 0 | mv-expand kv = parse_json(b) | project id, key = tostring(bag_keys(kv)[0])",
      sql: "SELECT id, unnest(json_keys(b)) AS key FROM fz WHERE len(json_keys(b)) > 0",
      cols: [col("id", "long"), col("key", "string")],
    };
  }
  return {
    kql: "T | mv-expand x = parse_json(m) | project id, v = tostring(x)",
    sql: "SELECT id, COALESCE(json_extract_string(x, '$'), '') AS v FROM fz, unnest(json_extract(m, '$[*]')) AS u(x)",
    cols: [col("id", "long"), col("v", "string")],
  };
}

/**
 * mv-expand of two arrays at once zips them, the shorter padded with nulls; with_itemindex numbers the
 * elements from 0 (mv-expand page). m is never empty, so every row expands.
 */
function mvZip(): Shape {
  return {
    kql: "T | mv-expand with_itemindex=i x = parse_json(j), y = parse_json(m) | project id, i, a = tolong(x), v = tostring(y)",
    sql: "SELECT id, i, jl[i + 1] AS a, COALESCE(json_extract_string(m, '$[' || i || ']'), '') AS v FROM fz, range(CAST(greatest(len(jl), json_array_length(m)) AS BIGINT)) r(i)",
    cols: [col("id", "long"), col("i", "long"), col("a", "long"), col("v", "string")],
  };
}

/** mv-apply (its page): the subquery runs over each row's expanded array. */
function mvApply(rng: Rng): Shape {
  const base = "T | where array_length(parse_json(j)) > 0 | mv-apply x = parse_json(j) to typeof(long) on";
  if (rng.chance(0.3)) {
    return { kql: `${base} (top 1 by x desc) | project id, x`, sql: "SELECT id, list_max(jl) AS x FROM fz WHERE len(jl) > 0", cols: [col("id", "long"), col("x", "long")] };
  }
  // count() of no rows is 0 (count page): a filter inside may leave a row's subquery empty.
  const w = rng.pick([0, 2]);
  return {
    kql: `${base} (where x >= ${w} | summarize c = count()) | project id, c`,
    sql: `SELECT id, CAST(len(list_filter(jl, v -> v >= ${w})) AS BIGINT) AS c FROM fz WHERE len(jl) > 0`,
    cols: [col("id", "long"), col("c", "long")],
  };
}

/** summarize by a key derived from a dynamic value, or by bin() of a real or a timespan (bin page). */
function summarizeBy(rng: Rng): Shape {
  const [k, s, t] = rng.pick([
    ["tolong(parse_json(b).a)", "CAST(json_extract_string(b, '$.a') AS BIGINT)", "long"],
    ["tostring(parse_json(j)[0])", "COALESCE(CAST(jl[1] AS VARCHAR), '')", "string"],
    ["array_length(parse_json(j))", "CAST(len(jl) AS BIGINT)", "long"],
    ["bin(r, 0.5)", "floor(r / 0.5) * 0.5", "real"],
    ["bin(r * 3, 2.5)", "floor(r * 3 / 2.5) * 2.5", "real"],
    ["bin(t - datetime(2026-01-01), 6h)", "CAST(floor((t - 1767225600000) / 21600000) AS BIGINT) * 21600000", "timespan"],
  ] as const);
  return {
    kql: `T | summarize c = count(), mi = max(id) by key = ${k}`,
    sql: `SELECT ${s} AS key, count(*) AS c, max(id) AS mi FROM fz GROUP BY 1`,
    cols: [col("key", t), col("c", "long"), col("mi", "long")],
  };
}

/**
 * make_bag (its keys: which value a repeated key keeps is arbitrary, make-bag page), make_list_with_nulls
 * (sorted: array_sort_asc puts nulls last by default), percentiles as nearest ranks (percentiles page,
 * columns percentile_<col>_<p>), by k or over the whole table.
 */
function aggregates(rng: Rng): Shape {
  const by = rng.chance(0.6);
  const x = rng.pick(["n", "r"] as const);
  const ps = rng.some([10, 25, 50, 90, 100]);
  const rank = (p: number) => `list_sort(list(${x}) FILTER (WHERE ${x} IS NOT NULL))[CAST(ceil(${p} / 100.0 * count(${x})) AS BIGINT)]`;
  const kql = `T | summarize kb = tostring(array_sort_asc(bag_keys(make_bag(bag_pack(strcat("k", k), id))))), ln = tostring(array_sort_asc(make_list_with_nulls(n))), percentiles(${x}, ${ps.join(", ")})${by ? " by k" : ""}`;
  const sql = `SELECT ${by ? "k, " : ""}COALESCE(to_json(list_sort(list_distinct(list('k' || k)))), '[]') AS kb, COALESCE(to_json(list_sort(list(n), 'ASC', 'NULLS LAST')), '[]') AS ln, ${ps.map((p) => `${rank(p)} AS "percentile_${x}_${p}"`).join(", ")} FROM fz${by ? " GROUP BY k" : ""}`;
  return { kql, sql, cols: [...(by ? [col("k", "string")] : []), col("kb", "string"), col("ln", "string"), ...ps.map((p) => col(`percentile_${x}_${p}`, x === "n" ? "long" : "real"))] };
}

/** parse (its page, kind=simple): a row that does not match gets "" and nulls; `*` skips text; parse-where drops it. */
function parse(rng: Rng): Shape {
  const ok = `regexp_full_match(p, '(.*?)=(-?[0-9]+);(-?[0-9]+(\\.[0-9]+)?)')`;
  const g = (i: number) => `regexp_extract(p, '^(.*?)=(-?[0-9]+);(.*)$', ${i})`;
  if (rng.chance(0.3)) {
    // parse-where (its page): parses as parse does and keeps only the rows that parse.
    return { kql: 'T | parse-where p with w "=" v:long ";" x:real | project id, w, v, x', sql: `SELECT id, ${g(1)} AS w, CAST(${g(2)} AS BIGINT) AS v, CAST(${g(3)} AS DOUBLE) AS x FROM fz WHERE ${ok}`, cols: [col("id", "long"), col("w", "string"), col("v", "long"), col("x", "real")] };
  }
  if (rng.chance(0.4)) {
    return { kql: 'T | parse p with * "=" v:long ";" * | project id, v', sql: `SELECT id, CASE WHEN ${ok} THEN CAST(${g(2)} AS BIGINT) END AS v FROM fz`, cols: [col("id", "long"), col("v", "long")] };
  }
  return {
    kql: 'T | parse p with w "=" v:long ";" x:real | project id, w, v, x',
    sql: `SELECT id, CASE WHEN ${ok} THEN ${g(1)} ELSE '' END AS w, CASE WHEN ${ok} THEN CAST(${g(2)} AS BIGINT) END AS v, CASE WHEN ${ok} THEN CAST(${g(3)} AS DOUBLE) END AS x FROM fz`,
    cols: [col("id", "long"), col("w", "string"), col("v", "long"), col("x", "real")],
  };
}

/** make-series (its page): bins from start by step while below the exclusive end, absent bins the default 0. */
function makeSeries(rng: Rng): Shape {
  const [step, stepMs] = rng.pick([["1d", DAY], ["12h", DAY / 2], ["2d", 2 * DAY]] as const);
  const from = BASE_MS - 4 * DAY;
  const to = BASE_MS + rng.pick([4 * DAY, 3 * DAY + 18 * 3_600_000]);
  const bins = Math.ceil((to - from) / stepMs);
  const iso = (ms: number) => new Date(ms).toISOString();
  const kql = `T | make-series c = count(), s = sum(id) on t from datetime(${iso(from)}) to datetime(${iso(to)}) step ${step} by k | project k, c = tostring(c), s = tostring(s)`;
  const cell = (agg: string) => `to_json(list(COALESCE(${agg}, 0) ORDER BY i))`;
  const sql = `SELECT k, ${cell("c")} AS c, ${cell("s")} AS s FROM (SELECT DISTINCT k FROM fz) ks CROSS JOIN range(${bins}) r(i) LEFT JOIN (SELECT k AS k2, CAST(floor((t - ${from}) / ${stepMs}) AS BIGINT) AS i2, count(*) AS c, sum(id) AS s FROM fz GROUP BY 1, 2) a ON a.k2 = ks.k AND a.i2 = r.i GROUP BY k`;
  return { kql, sql, cols: [col("k", "string"), col("c", "string"), col("s", "string")] };
}

/** range (its page): from start to stop inclusive by step; count() and max() over it. */
function range(rng: Rng): Shape {
  const a = rng.int(-3, 5);
  const b = a + rng.int(-2, 10);
  const s = rng.int(1, 3);
  return { kql: `range x from ${a} to ${b} step ${s} | summarize c = count(), mx = max(x)`, sql: `SELECT count(*) AS c, max(x) AS mx FROM generate_series(${a}, ${b}, ${s}) g(x)`, cols: [col("c", "long"), col("mx", "long")] };
}

/**
 * top-nested (its page): the N groups with the greatest aggregate, desc by default, then within each
 * the M sub-groups. The aggregate is max(id): ids are unique, so no two groups tie.
 */
function topNested(rng: Rng): Shape {
  const [n1, n2] = [rng.int(1, 3), rng.int(1, 2)];
  const sql = `WITH l1 AS (SELECT k, max(id) AS mx FROM fz GROUP BY k ORDER BY mx DESC LIMIT ${n1}), l2 AS (SELECT k, n, max(id) AS c2, row_number() OVER (PARTITION BY k ORDER BY max(id) DESC) AS rn FROM fz GROUP BY k, n) SELECT l1.k, l1.mx, l2.n, l2.c2 FROM l1 JOIN l2 ON l1.k = l2.k WHERE rn <= ${n2}`;
  return {
    kql: `T | top-nested ${n1} of k by mx = max(id), top-nested ${n2} of n by c2 = max(id)`,
    sql,
    cols: [col("k", "string"), col("mx", "long"), col("n", "long"), col("c2", "long")],
  };
}

/** arg_max(id, *) by k (arg-max page): the by column, then the row's other columns, named as they are. */
function argMax(): Shape {
  const rest = ["id", "n", "r", "t", "j", "q", "m", "b", "s", "p", "z"];
  const types: KType[] = ["long", "long", "real", "datetime", "string", "string", "string", "string", "string", "string", "string"];
  return {
    kql: "T | summarize arg_max(id, *) by k",
    // The whole row of the greatest id (DuckDB's arg_max would skip a null n, Kusto keeps the row as it is).
    sql: `SELECT k, ${rest.map((c) => (c === "m" || c === "b" ? `CAST(${c} AS VARCHAR) AS ${c}` : c)).join(", ")} FROM (SELECT *, row_number() OVER (PARTITION BY k ORDER BY id DESC) AS rn FROM fz) WHERE rn = 1`,
    cols: [col("k", "string"), ...rest.map((c, i) => col(c, types[i]))],
    anyColumnOrder: true,
  };
}

export function randomJsonCase(seed: number): Case {
  const rng = new Rng(seed);
  const rows = jsonRows(rng);
  const r = rng.int(0, 17);
  const shape = r <= 6 ? projection(rng) : r === 7 ? mvExpand(rng) : r === 8 ? mvApply(rng) : r === 9 ? summarizeBy(rng) : r === 10 ? aggregates(rng) : r === 11 ? parse(rng) : r === 12 ? makeSeries(rng) : r === 13 ? range(rng) : r === 14 ? argMax() : r === 15 ? mvZip() : r === 16 ? topNested(rng) : seriesCase(rng);
  return { seed, kql: `${kqlJsonTable(rows)} ${shape.kql}`, setup: sqlJsonTable(rows), sql: shape.sql, cols: shape.cols, anyColumnOrder: shape.anyColumnOrder };
}
