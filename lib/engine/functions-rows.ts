/** row_window_session() over the serialized rows (its page). column_names_of() lives in functions-schema.ts. */
import type { Value } from "../dataset/columns";
import type { FnImpl } from "./functions";
import { toNumber } from "./value-ops";

export const ROW_FUNCTIONS: Record<string, FnImpl> = {
  /**
   * A session starts at the first row, at a restart, or when the value is more than
   * maxFromFirst past the session's first value or more than maxBetween past the previous row's;
   * each row gets its session's first value. Depends on earlier rows: computed once, in order.
   */
  row_window_session: ({ g: [expr, fromFirst, between, restart], scope }) => {
    const starts = new Array<Value>(scope.table.length);
    let start: number | null = null;
    let last: number | null = null;
    for (let i = 0; i < starts.length; i++) {
      const v = toNumber(expr(i));
      const maxFirst = toNumber(fromFirst(i));
      const maxGap = toNumber(between(i));
      if (v === null) {
        starts[i] = null;
        continue;
      }
      const fresh = start === null || last === null || (restart !== undefined && restart(i) === true) || (maxFirst !== null && v - start > maxFirst) || (maxGap !== null && v - last > maxGap);
      if (fresh) start = v;
      last = v;
      starts[i] = start;
    }
    return (i) => starts[i];
  },
};
