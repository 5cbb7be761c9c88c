/** Marks for the tabular operators and plugins' examples (scan, partition, sample, ...); see marked.ts. */
import type { Mark } from "./marked";

const inRange = (rows: unknown[][]) => rows.every((r) => typeof r[0] === "number" && Number.isInteger(r[0]) && r[0] >= 1 && r[0] <= 100);
const sameRow = (rows: unknown[][]) => inRange(rows) && rows.length === 2 && rows[0][0] === rows[1][0];

export const TABULAR_MARKS: Record<string, Mark> = {
  "scan-operator#5": {
    kind: "docWrong",
    reason:
      "the example's table puts userID first while the query projects start, end, userID, sessionDuration (the current page prints that order); and partition does not order the union of its parts (the page shows users 1, 3, 2; here the parts come in the order their keys first appear after `sort by userID` (descending): 3, 2, 1)",
    rows: [
      ["2024-05-28 09:10:27.0000", "2024-05-28 13:25:19.0000", "3", "04:14:52"],
      ["2024-05-28 08:30:15.0000", "2024-05-28 11:45:32.0000", "2", "03:15:17"],
      ["2024-05-28 08:15:23.0000", "2024-05-28 12:30:45.0000", "1", "04:15:22"],
    ],
  },
  "sample-operator#1": {
    kind: "random",
    reason: "sample picks a random row of 1..100 at each of the two evaluations of the let (the page's 74 and 63 are one draw): two rows, each x in 1..100",
    holds: inRange,
  },
  "sample-operator#2": {
    kind: "random",
    reason: "materialize() evaluates the sample once: two rows with the same x in 1..100 (the page's 24 is one draw)",
    holds: sameRow,
  },
  "named-expressions#1": {
    kind: "random",
    reason: "sample 1 of 1..100, unioned with itself by name (the page's 63 and 92 are one draw): two rows, each x in 1..100",
    holds: inRange,
  },
  "named-expressions#2": {
    kind: "random",
    reason: "as hint.materialized=true evaluates the sample once: two rows with the same x in 1..100 (the page's 95 is one draw)",
    holds: sameRow,
  },
};
