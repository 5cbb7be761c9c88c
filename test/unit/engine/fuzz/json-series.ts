/**
 * Round 2's series functions over make-series of T (json-table.ts) by k, from before the first row to
 * after the last (make-series page: the end is exclusive, absent bins take the default): series_stats
 * (min, first min_idx, max, first max_idx, avg, sample stdev and variance: series-stats page),
 * series_stats_dynamic's sum and len, series_fill_forward/backward/const (their pages).
 */
import type { Rng } from "./rng";
import { BASE_MS, type Col, type KType } from "./table";

const DAY = 86_400_000;
const FROM = BASE_MS - 4 * DAY;
const col = (name: string, type: KType): Col => ({ name, type, nullable: true });
const iso = (ms: number) => new Date(ms).toISOString();

/** Per k and bin i: the bin's count and max(id) (null where no row), every bin of every k present. */
function binned(bins: number, stepMs: number): string {
  return `SELECT ks.k, r.i, COALESCE(a.c, 0) AS c, a.mx FROM (SELECT DISTINCT k FROM fz) ks CROSS JOIN range(${bins}) r(i) LEFT JOIN (SELECT k, CAST(floor((t - ${FROM}) / ${stepMs}) AS BIGINT) AS i, count(*) AS c, max(id) AS mx FROM fz GROUP BY 1, 2) a ON a.k = ks.k AND a.i = r.i`;
}

export function seriesCase(rng: Rng): { kql: string; sql: string; cols: Col[]; anyColumnOrder?: boolean } {
  const [step, stepMs] = rng.pick([["1d", DAY], ["12h", DAY / 2]] as const);
  const bins = 8 * (DAY / stepMs);
  const ms = `T | make-series c = count(), mx = max(id) default=long(null) on t from datetime(${iso(FROM)}) to datetime(${iso(FROM + 8 * DAY)}) step ${step} by k`;
  const b = binned(bins, stepMs);
  if (rng.chance(0.5)) {
    const names = ["min", "min_idx", "max", "max_idx", "avg", "stdev", "variance"];
    const types: KType[] = ["real", "long", "real", "long", "real", "real", "real"];
    const first = (f: string) => `CAST(list_position(list(c ORDER BY i), ${f}(c)) - 1 AS BIGINT)`;
    const values = [`CAST(min(c) AS DOUBLE)`, first("min"), `CAST(max(c) AS DOUBLE)`, first("max"), "avg(c)", "stddev_samp(c)", "var_samp(c)"];
    const sql = `SELECT k, ${values.map((v, i) => `${v} AS series_stats_c_${names[i]}`).join(", ")}, CAST(sum(c) AS DOUBLE) AS sm, CAST(count(*) AS BIGINT) AS ln FROM (${b}) GROUP BY k`;
    return {
      kql: `${ms} | project k, series_stats(c), x = series_stats_dynamic(c) | extend sm = todouble(x.sum), ln = tolong(x.len) | project-away x`,
      sql,
      cols: [col("k", "string"), ...names.map((n, i) => col(`series_stats_c_${n}`, types[i])), col("sm", "real"), col("ln", "long")],
    };
  }
  const [f, sql] = rng.pick([
    ["series_fill_forward(mx)", "last_value(mx IGNORE NULLS) OVER (PARTITION BY k ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)"],
    ["series_fill_backward(mx)", "first_value(mx IGNORE NULLS) OVER (PARTITION BY k ORDER BY i ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING)"],
    ["series_fill_const(mx, -1)", "COALESCE(mx, -1)"],
  ] as const);
  return {
    kql: `${ms} | mv-expand with_itemindex=i v = ${f} | project k, i, v = tolong(v)`,
    sql: `SELECT k, i, ${sql} AS v FROM (${b})`,
    cols: [col("k", "string"), col("i", "long"), col("v", "long")],
  };
}
