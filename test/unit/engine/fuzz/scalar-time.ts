/** Datetime, timespan and int (datetime part) expressions of the fuzzer's grammar (scalar.ts). */
import { moreDatetime, moreInt } from "./scalar-more";
import { anyNull, coalesce, conditional, expr, of, type Ctx, type Expr } from "./scalar";

/** The datetime parts typed int (getmonth, getyear, dayofmonth, hourofday pages), UTC. */
export function intExpr(ctx: Ctx, d: number): Expr {
  if (ctx.rng.chance(0.4)) return moreInt(ctx, d);
  const a = expr(ctx, "datetime", d);
  const [f, part] = ctx.rng.pick([["getmonth", "month"], ["getyear", "year"], ["dayofmonth", "day"], ["hourofday", "hour"]] as const);
  return of(a, `${f}(${a.k})`, `CAST(date_part('${part}', epoch_ms(${a.s})) AS BIGINT)`, "int");
}

export function datetimeExpr(ctx: Ctx, d: number): Expr {
  const { rng } = ctx;
  const a = expr(ctx, "datetime", d);
  switch (rng.int(0, 7)) {
    case 0: {
      const t = expr(ctx, "timespan", d);
      const op = rng.pick(["+", "-"]);
      return of(a, `(${a.k} ${op} ${t.k})`, `(${a.s} ${op} ${t.s})`, "datetime", anyNull(a, t));
    }
    case 1: {
      const [k, ms] = rng.pick([["1h", 3_600_000], ["1d", 86_400_000], ["15m", 900_000], ["7s", 7000]] as const);
      return of(a, `bin(${a.k}, ${k})`, `(CAST(floor(${a.s} / ${ms}) AS BIGINT) * ${ms})`);
    }
    case 2:
      return of(a, `startofday(${a.k})`, `(CAST(floor(${a.s} / 86400000) AS BIGINT) * 86400000)`);
    case 5:
      // startofweek(): weeks start on Sunday (startofweek-function page); 1970-01-01 was a Thursday.
      return of(a, `startofweek(${a.k})`, `((CAST(floor((${a.s} / 86400000 + 4) / 7) AS BIGINT) * 7 - 4) * 86400000)`);
    case 6:
      return of(a, `startofmonth(${a.k})`, `epoch_ms(date_trunc('month', epoch_ms(${a.s})))`);
    case 3:
      return conditional(ctx, "datetime", d);
    case 7:
      return moreDatetime(ctx, d);
    default:
      return coalesce(ctx, "datetime", d);
  }
}

export function timespanExpr(ctx: Ctx, d: number): Expr {
  const { rng } = ctx;
  if (rng.chance(0.15)) {
    // timespan * number is a timespan (numerical-operators page: 1s * 5).
    const a = expr(ctx, "timespan", d);
    const n = rng.pick([2, -1, 3]);
    return of(a, `(${a.k} * ${n})`, `(${a.s} * ${n})`);
  }
  if (rng.chance(0.1)) {
    const a = expr(ctx, "timespan", d);
    const [k, ms] = rng.pick([["1h", 3_600_000], ["1d", 86_400_000], ["7m", 420_000]] as const);
    return of(a, `bin(${a.k}, ${k})`, `(CAST(floor(${a.s} / ${ms}) AS BIGINT) * ${ms})`);
  }
  if (rng.chance(0.1)) {
    // dayofweek(): days since the preceding Sunday, as a timespan (dayofweek-function page).
    const a = expr(ctx, "datetime", d);
    return of(a, `dayofweek(${a.k})`, `((CAST(floor(${a.s} / 86400000) AS BIGINT) + 4) % 7 * 86400000)`, "timespan");
  }
  if (rng.chance(0.4)) {
    const a = expr(ctx, "datetime", d);
    const b = expr(ctx, "datetime", d);
    return of(a, `(${a.k} - ${b.k})`, `(${a.s} - ${b.s})`, "timespan", anyNull(a, b));
  }
  const a = expr(ctx, "timespan", d);
  const b = expr(ctx, "timespan", d);
  const op = rng.pick(["+", "-"]);
  return of(a, `(${a.k} ${op} ${b.k})`, `(${a.s} ${op} ${b.s})`, "timespan", anyNull(a, b));
}
