/** What an `evaluate` plugin gets: the operator, its call, the input table and the query context. */
import type { KNode } from "../kusto";
import type { QueryContext } from "../scalar";
import type { ETable } from "../table";

export type Plugin = (op: KNode, call: KNode, input: ETable, ctx: QueryContext) => ETable;
