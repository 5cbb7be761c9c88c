/** Marks for the tabular operators and plugins' examples (scan, partition, sample, ...); see marked.ts. */
import type { Mark } from "./marked";

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
};
