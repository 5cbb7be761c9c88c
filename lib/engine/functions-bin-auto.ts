/**
 * bin_auto(value) (its page): value rounded down to a multiple of `set query_bin_auto_size`,
 * shifted so that `set query_bin_auto_at` maps to itself (default 0). For a datetime without
 * query_bin_auto_at, Kusto's "0" is its epoch (0001-01-01): the same bins as 1970's only when the
 * size divides a day, so other sizes are refused rather than shifted.
 */
import { KqlRuntimeError } from "./errors";
import type { FnImpl } from "./functions";
import { OPTION_KEY } from "./set-options";
import { unsupported } from "./syntax";
import { toNumber } from "./value-ops";

const DAY = 86_400_000;

const binAuto: FnImpl = ({ g: [a], nodes, call, scope }) => {
  const size = toNumber(scope.ctx.scalars.get(`${OPTION_KEY}query_bin_auto_size`) ?? null);
  if (size === null || !(size > 0)) throw new KqlRuntimeError("bin_auto() needs `set query_bin_auto_size = <positive size>;` before the query", call.pos);
  const atSet = scope.ctx.scalars.has(`${OPTION_KEY}query_bin_auto_at`);
  const at = atSet ? toNumber(scope.ctx.scalars.get(`${OPTION_KEY}query_bin_auto_at`) ?? null) : 0;
  if (at === null) throw new KqlRuntimeError("bin_auto(): query_bin_auto_at is null", call.pos);
  if (!atSet && nodes[0]?.type === "datetime" && DAY % size !== 0) return unsupported(call, "bin_auto() of a datetime without query_bin_auto_at and a size that does not divide a day");
  const integral = nodes[0]?.type === "long" || nodes[0]?.type === "int";
  return (i) => {
    const v = toNumber(a(i));
    if (v === null) return null;
    const r = at + Math.floor((v - at) / size) * size;
    return integral ? Math.trunc(r) : r;
  };
};

export const BIN_AUTO_FUNCTIONS: Record<string, FnImpl> = { bin_auto: binAuto };
