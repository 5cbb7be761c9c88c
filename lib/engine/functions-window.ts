/** Functions over the serialized rows: prev, next, row_number, row_cumsum, row_rank_dense/min, row_rank (row_window_session: functions-rows.ts). */
import { unsupported } from "./syntax";
import type { Value } from "../dataset/columns";
import type { FnImpl } from "./functions";
import type { KNode } from "./kusto";
import { compareValues, toLong } from "./value-ops";
import { exactGetter, hasExact } from "./exact-long";
import { exactWhole } from "./exact-long-ops";

/**
 * row_rank_dense/row_rank_min over the serialized rows (their pages): a rank that grows when the
 * term differs from the previous row's, by one (dense) or to the row's position (min); a restart
 * begins again at 1.
 */
function rowRank(dense: boolean): FnImpl {
  return ({ g: [plain, restart], scope }) => {
    const ranks = new Float64Array(scope.table.length);
    let rank = 0;
    let pos = 0;
    let last: Value | bigint = null;
    // 64-bit longs rank on their exact values (exact-long.ts): two sharing a double differ.
    const term: (i: number) => Value | bigint = hasExact(plain) ? plain.exact : plain;
    for (let i = 0; i < ranks.length; i++) {
      const v = term(i);
      if (i === 0 || (restart && restart(i) === true)) {
        rank = 1;
        pos = 1;
      } else {
        pos++;
        if (typeof v === "bigint" || typeof last === "bigint" ? v !== last : compareValues(v, last as Value) !== 0) rank = dense ? rank + 1 : pos;
      }
      last = v;
      ranks[i] = rank;
    }
    return (i) => ranks[i];
  };
}

/**
 * What prev()/next() give past either end without a default: null, which for a string is "" (the
 * null-values page: string has no null). A null there printed as "" but compared as null: `in ("")`
 * missed it, `!in` kept it, summarize grouped it apart from "" (found by the DuckDB fuzzer).
 */
const pastTheEnd = (nodes: readonly KNode[]): Value => (nodes[0]?.type === "string" ? "" : null);

export const WINDOW_FUNCTIONS: Record<string, FnImpl> = {
  prev: ({ g: [a, off, def], nodes, call }) => {
    const k = off ? (toLong(off(0)) ?? 1) : 1;
    // A 64-bit long keeps its exact value (exact-long.ts); so does a default given beside it.
    if (hasExact(a)) return exactGetter((i) => (i - k >= 0 ? a.exact(i - k) : def ? exactWhole(def, i, call) : null));
    const none = pastTheEnd(nodes);
    return (i) => (i - k >= 0 ? a(i - k) : def ? def(i) : none);
  },
  next: ({ g: [a, off, def], nodes, scope, call }) => {
    const k = off ? (toLong(off(0)) ?? 1) : 1;
    const n = scope.table.length;
    if (hasExact(a)) return exactGetter((i) => (i + k < n ? a.exact(i + k) : def ? exactWhole(def, i, call) : null));
    const none = pastTheEnd(nodes);
    return (i) => (i + k < n ? a(i + k) : def ? def(i) : none);
  },
  row_number: ({ g: [start, restart], scope }) => {
    const s = start ? (toLong(start(0)) ?? 1) : 1;
    if (!restart) return (i) => i + s;
    // Restarts depend on earlier rows: number the serialized rows once, in order.
    const numbers = new Float64Array(scope.table.length);
    for (let i = 0, k = s; i < numbers.length; i++, k++) {
      if (i > 0 && restart(i) === true) k = s;
      numbers[i] = k;
    }
    return (i) => numbers[i];
  },
  row_cumsum: ({ g: [term, restart], nodes: [tn], call, scope }) => {
    // Depends on earlier rows: summed once over the serialized rows, in order (row-cumsum page).
    const sums = new Array<Value>(scope.table.length);
    const whole = tn?.type === "long" || tn?.type === "int";
    let acc = 0;
    for (let i = 0; i < sums.length; i++) {
      if (i > 0 && restart && restart(i) === true) acc = 0;
      const v = term(i);
      if (typeof v === "number") acc += v;
      // A running sum of longs past ±(2^53 − 1) is no longer exact as a double.
      if (whole && (acc > Number.MAX_SAFE_INTEGER || acc < -Number.MAX_SAFE_INTEGER)) return unsupported(call, "row_cumsum() of longs past ±(2^53 − 1)");
      sums[i] = acc;
    }
    return (i) => sums[i];
  },
  row_rank_dense: rowRank(true),
  row_rank_min: rowRank(false),
  // row_rank(Term) is row_rank_dense's old name: its reference page (MicrosoftDocs/dataexplorer-docs,
  // rowrankfunction.md, 2021) gives the same definition ("incremented by 1 whenever the provided Term is
  // different than the previous row's Term") and the same example and output as row_rank_dense's page,
  // and Kusto's language service marks it obsolete in favour of row_rank_dense. That page has no second
  // argument; the language service's constant `dense` flag is documented nowhere, so it is refused.
  row_rank: (a) => (a.g.length > 1 ? unsupported(a.call, "row_rank() with a second (dense) argument") : rowRank(true)(a)),
};
