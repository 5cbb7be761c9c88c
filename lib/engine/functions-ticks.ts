/**
 * tolong(), toint(), todouble() and toreal() of a datetime or a timespan: Kusto converts both to their
 * tick count (100 ns units; a datetime's from 0001-01-01, .NET's DateTime.Ticks). The conversion pages
 * do not say so; the choice follows how published queries read the result (`tolong(TimeGenerated) /
 * 600000000` buckets by minute: 6e8 ticks = 60 s), the KQL ports that state it (ClickHouse's KQL
 * dialect adds 621355968000000000 to Unix time for `tolong(datetime)`), and the engine's own hash of
 * a datetime, which hashes those ticks. Before this file the engine returned milliseconds: a silently
 * wrong answer by a factor of 10,000.
 *
 * A datetime's ticks exceed 2^53, so tolong() carries the exact 64-bit value (long-arith's lazy
 * getter) and todouble() the double nearest to it. toint() keeps functions-int's rule: a value
 * outside the 32-bit range is refused (Kusto does not document the wrap-around). todecimal() of
 * either type is refused: its decimal result is not documented.
 */
import type { FnArgs, FnImpl } from "./functions";
import { CORE_FUNCTIONS } from "./functions-core";
import { INT_FUNCTIONS } from "./functions-int";
import { lazy } from "./long-arith";
import { unsupported } from "./syntax";

/** Ticks from 0001-01-01 to 1970-01-01. */
const EPOCH_TICKS = 621_355_968_000_000_000n;
const INT_MAX = 2147483647n;
const INT_MIN = -2147483648n;

/** A datetime's epoch milliseconds or a timespan's milliseconds (both kept to the microsecond) as ticks. */
function ticksOf(ms: number, datetime: boolean): bigint {
  const whole = Math.floor(ms);
  const ticks = BigInt(whole) * 10_000n + BigInt(Math.round((ms - whole) * 10_000));
  return datetime ? ticks + EPOCH_TICKS : ticks;
}

const timeKind = (a: FnArgs) => (a.nodes[0]?.type === "datetime" || a.nodes[0]?.type === "timespan" ? a.nodes[0].type : undefined);

function exactTicks(a: FnArgs): (i: number) => bigint | null {
  const [g] = a.g;
  const datetime = timeKind(a) === "datetime";
  return (i) => {
    const v = g(i);
    return typeof v === "number" && Number.isFinite(v) ? ticksOf(v, datetime) : null;
  };
}

function withTicks(fallback: FnImpl, convert: (a: FnArgs, ticks: (i: number) => bigint | null) => ReturnType<FnImpl>): FnImpl {
  return (a) => (timeKind(a) ? convert(a, exactTicks(a)) : fallback(a));
}

export const TICK_FUNCTIONS: Record<string, FnImpl> = {
  tolong: withTicks(INT_FUNCTIONS.tolong, (_a, ticks) =>
    lazy((i) => {
      const t = ticks(i);
      return t === null ? null : Number(t);
    }, ticks),
  ),
  toint: withTicks(INT_FUNCTIONS.toint, (a, ticks) => (i) => {
    const t = ticks(i);
    if (t === null) return null;
    if (t > INT_MAX || t < INT_MIN) return unsupported(a.call, `toint() of a ${timeKind(a)} whose tick count is outside the 32-bit int range (Kusto does not document the result)`);
    return Number(t);
  }),
  todouble: withTicks(CORE_FUNCTIONS.todouble, (_a, ticks) => (i) => {
    const t = ticks(i);
    return t === null ? null : Number(t);
  }),
  toreal: withTicks(CORE_FUNCTIONS.toreal, (_a, ticks) => (i) => {
    const t = ticks(i);
    return t === null ? null : Number(t);
  }),
  todecimal: withTicks(CORE_FUNCTIONS.todecimal, (a) => unsupported(a.call, `todecimal() of a ${timeKind(a)} (its decimal value is not documented)`)),
};
