/**
 * dcount_intersect(hll_1, hll_2 [, ...]) per its page: for sets S1..Sn given as hll() sketches (n in
 * 2..16), the distinct counts of S1, S1 ∩ S2, ..., S1 ∩ ... ∩ Sn as columns s0..s(n-1), added to each
 * input row as the analyzer lays them out. This engine's sketches keep every distinct value
 * (sketch/sketches.ts), so the intersections are exact where Kusto's are estimates (the page's
 * example, 50 / 16 / 3, is exact too). A null sketch (hll() of no value) is the empty set; anything
 * else that is not an hll() sketch is an error naming the argument.
 */
import { KqlRuntimeError } from "../errors";
import { callArgs } from "../functions";
import { compileScalar } from "../scalar";
import { asHll } from "../sketch/sketches";
import { valuesColumn } from "../table";
import { keyOf } from "../value-ops";
import type { Plugin } from "./types";

const MAX_SETS = 16;

const dcountIntersect: Plugin = (op, call, input, ctx) => {
  const args = callArgs(call);
  if (args.length < 2 || args.length > MAX_SETS) throw new KqlRuntimeError(`dcount_intersect(): takes 2 to ${MAX_SETS} hll() sketches, got ${args.length}`, call.pos);
  const scope = { table: input, ctx };
  const getters = args.map((a) => compileScalar(a, scope));
  const counts = args.map(() => new Array<number>(input.length));
  for (let i = 0; i < input.length; i++) {
    let common: Set<unknown> | undefined;
    getters.forEach((get, k) => {
      const v = get(i);
      const sketch = asHll(v);
      if (v !== null && !sketch) throw new KqlRuntimeError(`dcount_intersect(): argument ${k + 1} is not an hll() sketch`, args[k].pos);
      const keys = new Set<unknown>((sketch?.items ?? []).map(keyOf));
      const before: Set<unknown> | undefined = common;
      common = before ? new Set([...before].filter((x) => keys.has(x))) : keys;
      counts[k][i] = common.size;
    });
  }
  const added = (op.columns ?? []).slice(input.columns.length).map((c, k) => valuesColumn(c.name, c.type, counts[k]));
  return { length: input.length, columns: [...input.columns, ...added] };
};

export const DCOUNT_INTERSECT_PLUGINS: Record<string, Plugin> = {
  dcount_intersect: dcountIntersect,
};
