/** make-series: placeholder until implemented; fails loudly rather than answer wrongly. */
import type { KNode } from "./kusto";
import type { QueryContext } from "./scalar";
import { unsupported } from "./syntax";
import type { ETable } from "./table";

export function makeSeries(op: KNode, _input: ETable, _ctx: QueryContext): ETable {
  return unsupported(op, "make-series");
}
