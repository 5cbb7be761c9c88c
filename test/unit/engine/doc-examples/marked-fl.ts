/**
 * Marks for the functions library's examples (cases-fl.json, ids "fl/..."), as in marked.ts: each
 * with the reason and what the test asserts instead.
 */
import type { Mark } from "./marked";

const TOKENIZED = [
  ["INFO 2025-12-11T11:22:33Z device=cam01 temp=32.8C ip=10.0.0.5/24", "INFO", "2025-12-11T11:22:33Z", "device=cam01", "temp=32.8C", "ip=10.0.0.5/24"],
  ["WARN user=adi path=/var/log/syslog error:disk-full id=aa:bb:cc:01", "WARN", "user=adi", "path=/var/log/syslog", "error:disk-full", "id=aa:bb:cc:01"],
];

export const FL_MARKS: Record<string, Mark> = {
  "fl/time-window-rolling-avg-fl#1": {
    kind: "clock",
    reason: "its datatable writes datetime(8:00), ...: a time alone is that time today, so the page prints 2021-11-29, the day it ran; run on that day the rows match the page exactly (datetime-partial.test.ts)",
  },
  "fl/factorial-fl#1": {
    kind: "docWrong",
    reason: "factorial_fl(n) is gamma(n + 1), and gamma(11) = 10! = 3628800; the page prints 3628799, presumably a floating-point gamma a hair below 3628800 with its fraction cut (its 1, 24 and 5040 are exact)",
    rows: [
      ["1", "1"],
      ["4", "24"],
      ["7", "5040"],
      ["10", "3628800"],
    ],
  },
  "fl/tokenize-fl#1": {
    kind: "docWrong",
    reason:
      'each text splits into 5 tokens: the separator class [^\\w\\.\\-:/=]+ matches only the 4 single blanks, replace_regex\'s rewrite "$$$" is literal text in RE2 (only \\0-\\9 refer to the match), and neither text ends with a separator; so bag_unpack makes col1..col5 and there is no col6 (the page prints an empty col6 on both rows)',
    columns: ["s", "col1", "col2", "col3", "col4", "col5"],
    rows: TOKENIZED,
  },
  "fl/graph-blast-radius-fl#1": {
    kind: "ties",
    reason: "make_set_if's array order is undefined (its page), and `top by blastRadiusScore desc` leaves the order of rows with equal scores open: rows compared as a multiset with arrays as sets, the score column checked to be non-increasing",
    key: 2,
  },
  "fl/graph-exposure-perimeter-fl#1": {
    kind: "ties",
    reason: "make_set_if's array order is undefined (its page), and `top by exposurePerimeterScore desc` leaves the order of rows with equal scores open: rows compared as a multiset with arrays as sets, the score column checked to be non-increasing",
    key: 2,
  },
  "fl/detect-anomalous-access-cf-fl#1": {
    kind: "random",
    reason: "the test data draws users, devices and accounts with rand(); only the planted H4ck3r/device50 access at the detection time is fixed, and its collaborative-filtering score depends on the draw",
    cells: [/^1440$/, /^2022-04-30T05:00:00/, /^H4ck3r$/, /^device50$/, /^prodEnvironment$/, /^H4ck3r$/, /^device50$/, /^prodEnvironment$/, /^detectSet$/, /^(0(\.\d+)?|1)$/, /^[01]$/],
    holds: { what: "isAnomalousAccess is 1 exactly when accessAnomalyScore > 0.9 (the default threshold)", test: (rows) => rows.every((r) => (r[10] === 1) === (Number(r[9]) > 0.9)) },
  },
};
