/** Marks for the tabular operators and plugins' examples (scan, partition, sample, ...); see marked.ts. */
import type { Mark } from "./marked";

const within = (rows: unknown[][]) => rows.every((r) => typeof r[0] === "number" && Number.isInteger(r[0]) && r[0] >= 1 && r[0] <= 100);
const inRange = { what: "every x is a whole number in 1..100", test: within };
const sameRow = { what: "two rows with the same x in 1..100", test: (rows: unknown[][]) => within(rows) && rows.length === 2 && rows[0][0] === rows[1][0] };

const ipv6ColumnOrder =
  "column order only: the page prints the source column ip last, but its Returns section says the schema is that of the lookup operator (source columns first), as Kusto's analyzer lays it out (ip, network, ...) for every later operator; the values are the page's";

const DAY = 86_400_000;
const at = (v: unknown) => Date.parse(String(v));
const weekly = (first: string) => (v: unknown, k: number) => at(v) === Date.parse(first) + 7 * k * DAY;
const rate = (v: unknown) => typeof v === "number" && v >= 0 && v <= 1;
/** retention + churn = 1 (the activity_metrics page's "always true"), both in [0, 1]. */
const complementary = (r: unknown, c: unknown) => rate(r) && rate(c) && Math.abs((r as number) + (c as number) - 1) < 1e-12;
/** new_activity_metrics' (from, to) pairs: every weekly from (or only `only`) with every to from it on, 5 weeks from 2017-05-01. */
const cohortPairs = (rows: unknown[][], only?: number) => {
  const pairs = rows.map((r) => [(at(r[0]) - Date.parse("2017-05-01")) / (7 * DAY), (at(r[1]) - Date.parse("2017-05-01")) / (7 * DAY)]);
  const want = [0, 1, 2, 3, 4].filter((f) => only === undefined || f === only).flatMap((f) => [0, 1, 2, 3, 4].filter((t) => t >= f).map((t) => [f, t]));
  return JSON.stringify(pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1])) === JSON.stringify(want);
};
/** At to = from a cohort is all retained (rate 1); every rate in [0, 1]. */
const cohortRates = (rows: unknown[][], withChurn: boolean) =>
  rows.every((r) => (at(r[0]) === at(r[1]) ? r[2] === 1 && (!withChurn || r[3] === 0) : withChurn ? complementary(r[2], r[3]) : rate(r[2])));
const randomActivity = "the input is rand() users per day, so the page's numbers are one draw; checked: ";

export const TABULAR_MARKS: Record<string, Mark> = {
  "activity-metrics-plugin#1": {
    kind: "random",
    reason: `${randomActivity}22 weekly windows from 2017-01-02, NaN rates in the first (no previous window: 0/0), retention + churn = 1 after`,
    holds: {
      what: "weekly windows; first row NaN, NaN; then complementary rates in [0, 1]",
      test: (rows) => rows.every((r, k) => weekly("2017-01-02")(r[0], k)) && Number.isNaN(rows[0][1]) && Number.isNaN(rows[0][2]) && rows.slice(1).every((r) => complementary(r[1], r[2])),
    },
  },
  "activity-metrics-plugin#2": {
    kind: "random",
    reason: `${randomActivity}22 weekly windows from 2017-01-02, all ids new in the first, new ids never more than the window's ids`,
    holds: {
      what: "weekly windows; dcount_newvalues = dcount_values in the first, 0 <= new <= values in all",
      test: (rows) => rows.every((r, k) => weekly("2017-01-02")(r[0], k) && Number.isInteger(r[2]) && (r[2] as number) >= 0 && (r[2] as number) <= (r[1] as number)) && rows[0][1] === rows[0][2],
    },
  },
  "new-activity-metrics-plugin#1": {
    kind: "random",
    reason: `${randomActivity}the 2017-05-01 cohort against each of its 5 weeks, retention 1 / churn 0 in its own week, complementary rates after`,
    holds: { what: "(from, to) = the first week with each week; rates as documented", test: (rows) => cohortPairs(rows, 0) && cohortRates(rows, true) },
  },
  "new-activity-metrics-plugin#2": {
    kind: "random",
    reason: `${randomActivity}every weekly cohort against each week from its own on (15 pairs), retention 1 / churn 0 in its own week, complementary rates after`,
    holds: { what: "the 15 (from <= to) week pairs; rates as documented", test: (rows) => cohortPairs(rows) && cohortRates(rows, true) },
  },
  "new-activity-metrics-plugin#3": {
    kind: "random",
    reason: `${randomActivity}the 2017-05-01 cohort (ids of the lookback excluded) against each of its 5 weeks, retention 1 in its own week`,
    holds: { what: "(from, to) = the first week with each week; retention 1 then in [0, 1]", test: (rows) => cohortPairs(rows, 0) && cohortRates(rows, false) },
  },
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
  "pattern-statement#2": {
    kind: "random",
    reason: "App('a1').Metrics projects rand(): the page's five Metrics are one draw; App #2's rows are exact (Data 9..5)",
    holds: {
      what: "rows 1-5 are App #2 with Data 9..5 and no Metrics; rows 6-10 are App #1 with no Data and Metrics in [0, 1)",
      test: (rows) =>
        rows.slice(0, 5).every((r, k) => r[0] === "App #2" && r[1] === 9 - k && r[2] === null) &&
        rows.slice(5).every((r) => r[0] === "App #1" && r[1] === null && typeof r[2] === "number" && r[2] >= 0 && r[2] < 1),
    },
  },
  "ipv6-lookup-plugin#1": {
    kind: "docWrong",
    reason: ipv6ColumnOrder,
    rows: [["2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:0db8:85a3::/48", "NA", "North America", "US", "United States"], ["2404:6800:4001:0001:0000:8a2e:0370:7334", "2404:6800:4001::/48", "AS", "Asia", "JP", "Japan"], ["2a02:26f0:4001:0006:0000:8a2e:0370:7334", "2a02:26f0:4001::/48", "EU", "Europe", "FR", "France"]],
  },
  "ipv6-lookup-plugin#2": {
    kind: "docWrong",
    reason: ipv6ColumnOrder,
    rows: [["2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:0db8:85a3::/48", "NA", "North America", "US", "United States"], ["2404:6800:4001:0001:0000:8a2e:0370:7334", "2404:6800:4001::/48", "AS", "Asia", "JP", "Japan"], ["2a02:26f0:4001:0006:0000:8a2e:0370:7334", "2a02:26f0:4001::/48", "EU", "Europe", "FR", "France"], ["a5e:f127:8a9d:146d:e102:b5d3:c755:abcd", "", "", "", "", ""], ["a5e:f127:8a9d:146d:e102:b5d3:c755:abce", "", "", "", "", ""]],
  },
  "table-function#1": {
    kind: "needsTables",
    reason: "table(tableName) inside a let function counts the help cluster's StormEvents, which the embedded workspace lacks (table() itself is checked in partition-table.test.ts)",
  },
  "alias-statement#1": { kind: "needsTables", reason: "the alias names the help cluster's Samples database; its StormEvents table is not in the embedded workspace" },
  "alias-statement#2": { kind: "needsTables", reason: "as alias-statement#1, with a bracketed alias name" },
};
