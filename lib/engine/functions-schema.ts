/** Functions over a tabular argument's schema (column_names_of), evaluated once per query. */
import type { FnImpl } from "./functions";
import { unsupported } from "./syntax";
import { constant } from "./value-ops";

/**
 * column_names_of(T) (its page): T's column names in order, as a dynamic array. The table is
 * evaluated, not read from the analyzer: inside a function whose parameter is `Source:(Name:string)`
 * the analyzer knows only Name, but the call's actual table has more (project-by-names page).
 */
const columnNamesOf: FnImpl = ({ nodes, call, scope }) => {
  const arg = nodes[0];
  if (!arg || arg.type !== "table") return unsupported(call, "column_names_of() of something that is not a table");
  const table = scope.ctx.evalTabular(arg);
  return constant(table.columns.map((c) => c.name));
};

export const SCHEMA_FUNCTIONS: Record<string, FnImpl> = { column_names_of: columnNamesOf };

/** Functions whose arguments are tables or names, not scalars: compileFunctionCall leaves them uncompiled. */
export const LAZY_ARGUMENT_FUNCTIONS = new Set(["column_ifexists", "column_names_of", "estimate_data_size"]);
