/**
 * Marks for the examples of earlier versions of the docs (cases-history.json, ids "history/...@year"):
 * pages since corrected or rewritten, each with the reason and, for a wrong page, the output checked
 * instead; see marked.ts for the kinds.
 */
import type { Mark } from "./marked";
import { FL_MARKS } from "./marked-fl";
import { TABULAR_MARKS } from "./marked-tabular";

const takeLimit =
  "`mv-expand ... to typeof(long) take 1000000`: Microsoft's analyzer reads no row limit in `take` (KS141 at 1000000; the page of 2024 on writes `limit 1000000`, which activity-metrics-plugin#1 runs); the data is rand() users anyway";

/** The samples page's `A; B`: the page prints A's rows under B's header; the engine answers the last table. */
const batchOfB = (id: string): Mark => ({
  kind: "batchLast",
  reason: "the batch `A; B` returns two tables; the page prints A's rows under B's header, and the engine answers the batch's last table, B",
  columns: ["Timestamp", id, "EventB"],
  rows: [
    ["2019-01-01 00:00:03.0000000", "x", "B"],
    ["2019-01-01 00:00:04.0000000", "x", "B"],
    ["2019-01-01 00:00:04.0000000", "y", "B"],
    ["2019-01-01 00:02:00.0000000", "z", "B"],
  ],
});

export const HISTORY_MARKS: Record<string, Mark> = {
  "history/arrayifffunction#2@2022-12": {
    kind: "docWrong",
    reason: "the condition column is printed [true, false, true] where the query's is [1,0,50] (today's page prints [1, 0, 50] for the same query)",
    rows: [["[1,0,50]", "yes", "no", '["yes","no","yes"]']],
  },
  "history/arrayifffunction#3@2022-12": {
    kind: "docWrong",
    reason: 'the condition column is printed [true, false, true] where the query\'s is ["some string value", datetime("01-01-2022"), null] (a copy of the row above); the result, all null, is the page\'s',
    rows: [['["some string value","2022-01-01T00:00:00.0000000Z",null]', "1", "0", "[null,null,null]"]],
  },
  "history/extract-function#2@2024-12": {
    kind: "invalidQuery",
    reason: "`let Text = ...;` followed by `| print ...`: a query cannot begin with a pipe (the analyzer's KS198)",
    error: /KS198: The incomplete fragment is unexpected/,
  },
  "history/activity-metrics-plugin#1@2023": { kind: "invalidQuery", reason: takeLimit, error: /KS141: The expression must have the type dynamic/ },
  "history/activity-metrics-plugin#2@2023": { kind: "invalidQuery", reason: takeLimit, error: /KS141: The expression must have the type dynamic/ },
  "history/array-sort-desc-function#2@2024": {
    kind: "docWrong",
    reason:
      'split("John, Paul, George, Ringo", ",") keeps the blanks after the commas, and " Ringo", " Paul", " George" sort below "John" (a blank before any letter); the page prints the names sorted without them. Today\'s page splits "John,Paul,Jane,Kayo" (array-sort-desc-function#2)',
    rows: [["John, Ringo, Paul, George"]],
  },
  "history/bag-unpack-plugin#3@2025": {
    kind: "docWrong",
    reason: "column order: the page of 2025 prints Age before Name; today's page (bag-unpack-plugin#3) prints the same columnsConflict='replace_source' example's columns as Name, Age",
    columns: ["Name", "Age"],
    rows: [["John", "20"], ["Dave", "40"], ["Jasmine", "30"]],
  },
  "history/bag-unpack-plugin#4@2025": {
    kind: "docWrong",
    reason: "column order: the page of 2025 prints Age before Name; today's page (bag-unpack-plugin#4) prints Name, Age for columnsConflict='keep_source'",
    columns: ["Name", "Age"],
    rows: [["Old_name", "20"], ["Old_name", "40"], ["Old_name", "30"]],
  },
  "history/base64-decode-toguid-function#2@2022": {
    kind: "docWrong",
    reason:
      'the base64_decode_toguid page\'s "Empty" example calls base64_decode_toarray by mistake (today\'s page calls base64_decode_toguid); "abcd1231" is valid base64 of the 6 bytes 0x69 0xb7 0x1d 0xd7 0x6d 0xf5, which base64_decode_toarray returns',
    rows: [["[105,183,29,215,109,245]"]],
  },
  // The function of 2025 projected resource where today's projects resource2; its test data is as random.
  "history/fl/detect-anomalous-access-cf-fl#1@2025": FL_MARKS["fl/detect-anomalous-access-cf-fl#1"],
  "history/indexoffunction#1@2021": {
    kind: "docWrong",
    reason:
      "idx5 = indexof(\"abcdefg\",\"cde\",-1) is printed null (\"invalid input\"): today's page documents a negative start as counted from the end (indexof-function#1: -5 finds cde at 2), so -1 starts at g and finds nothing: -1",
    rows: [["2", "2", "-1", "-1", "-1", "4", "2", "9", "-1"]],
  },
  "history/join-timewindow#3@2021": { kind: "heavyRandom", reason: "50,000,000 rows of rand() sessions, joined to themselves: the count is one draw" },
  "history/joinoperator#4@2022": {
    kind: "docWrong",
    reason: "innerunique keeps either left row of a duplicated key: the page shows val1.2, this engine keeps the first, val1.1 (join-innerunique#2 and #3 document both)",
    rows: [
      ["1", "val1.1", "1", "val1.3"],
      ["1", "val1.1", "1", "val1.4"],
    ],
  },
  "history/mv-apply-operator#2@2025": {
    kind: "docWrong",
    reason:
      "the page (2020 to 2025) prints the applied column l, unrenamed, next to the subquery's SumOfTop2; but mv-apply adds back only \"the source columns that aren't expanded\" (its page's processing steps), as geo-h3cell-rings-function#3 shows today (mv-apply rings on (summarize cells = make_list(rings)) prints cells alone) and Microsoft's analyzer lays out; the page was rewritten in September 2025 to rename every applied column",
    columns: ["xMod2", "SumOfTop2"],
    rows: [
      ["1", "12"],
      ["0", "14"],
    ],
  },
  "history/mv-applyoperator#4@2021": {
    kind: "docWrong",
    reason: "the second row's bag names the first row's number (555-555-1234) while its SourceNumber is 555-555-1212 (today's page, mv-apply-operator#7, shows each row's own values)",
    rows: [
      ["555-555-1234", "555-555-1212", "46", '{"SourceNumber": "555-555-1234", "TargetNumber": "555-555-1212", "CharsCount": 46}'],
      ["555-555-1212", "", "", '{"SourceNumber": "555-555-1212"}'],
    ],
  },
  // The same queries as today's (rand() users; `limit` instead of `take`): the same properties hold.
  "history/new-activity-metrics-plugin#1@2022": TABULAR_MARKS["new-activity-metrics-plugin#1"],
  "history/new-activity-metrics-plugin#2@2022": TABULAR_MARKS["new-activity-metrics-plugin#2"],
  "history/new-activity-metrics-plugin#3@2022": TABULAR_MARKS["new-activity-metrics-plugin#3"],
  "history/packallfunction#1@2021": {
    kind: "docWrong",
    reason: "the table's header and first column (TableName = SmsMessages) come from a union withsource example; the query's columns are the datatable's three and Packed",
    columns: ["SourceNumber", "TargetNumber", "CharsCount", "Packed"],
    rows: [
      ["555-555-1234", "555-555-1212", "46", '{"SourceNumber":"555-555-1234", "TargetNumber":"555-555-1212", "CharsCount": 46}'],
      ["555-555-1234", "555-555-1213", "50", '{"SourceNumber":"555-555-1234", "TargetNumber":"555-555-1213", "CharsCount": 50}'],
      ["555-555-1212", "555-555-1234", "32", '{"SourceNumber":"555-555-1212", "TargetNumber":"555-555-1234", "CharsCount": 32}'],
    ],
  },
  "history/packallfunction#1@2021-12": {
    kind: "docWrong",
    reason:
      "the second `extend` reads a row that already has Packed, and pack_all(true) packs every column of its input row (pack-all-function page), so PackedIgnoreNullEmpty holds Packed too; the page prints it without. Today's page (pack-all-function#1) computes both in one extend, whose expressions read the row before it, and prints the same bags without Packed",
    rows: [
      ["555-555-1234", "555-555-1212", "46", '{"SourceNumber":"555-555-1234","TargetNumber":"555-555-1212","CharsCount":46}', '{"SourceNumber":"555-555-1234","TargetNumber":"555-555-1212","CharsCount":46,"Packed":{"SourceNumber":"555-555-1234","TargetNumber":"555-555-1212","CharsCount":46}}'],
      ["555-555-1234", "555-555-1213", "50", '{"SourceNumber":"555-555-1234","TargetNumber":"555-555-1213","CharsCount":50}', '{"SourceNumber":"555-555-1234","TargetNumber":"555-555-1213","CharsCount":50,"Packed":{"SourceNumber":"555-555-1234","TargetNumber":"555-555-1213","CharsCount":50}}'],
      ["555-555-1313", "", "42", '{"SourceNumber":"555-555-1313","TargetNumber":"","CharsCount":42}', '{"SourceNumber":"555-555-1313","CharsCount":42,"Packed":{"SourceNumber":"555-555-1313","TargetNumber":"","CharsCount":42}}'],
      ["", "555-555-3456", "74", '{"SourceNumber":"","TargetNumber":"555-555-3456","CharsCount":74}', '{"TargetNumber":"555-555-3456","CharsCount":74,"Packed":{"SourceNumber":"","TargetNumber":"555-555-3456","CharsCount":74}}'],
    ],
  },
  "history/parse-ipv6function#1@2022": {
    kind: "invalidQuery",
    reason: "parse_ipv6(ip_string) names an ip_string the datatable does not have (its column is ipv4): the analyzer's error, as Kusto's",
    error: /KS107: A value of type string expected\. near 'ip_string'/,
  },
  "history/parsewhereoperator#1@2022": {
    kind: "invalidQuery",
    reason: "the parse pattern names previouLockTime (a typo) and project asks for previousLockTime: the analyzer's KS142, as Kusto's (today's page, parse-where-operator#1, spells both the same)",
    error: /KS142: The name 'previousLockTime' does not refer to any known column/,
  },
  "history/pattern-statement#3@2024": {
    kind: "invalidQuery",
    reason: "the pattern's body lacks the `;` after its one mapping ({ print ... } then `}`): the analyzer's KS005, as the grammar every other pattern example follows (pattern-statement#1: each mapping ends in `;`)",
    error: /KS005: Expected: ;/,
  },
  "history/replacefunction#1@2021": {
    kind: "docWrong",
    reason: 'range x from 1 to 5 step 1 makes x a long, and tostring(1) is "1" (tostring page); "1.000000" is no Kusto text form of a long (replace-regex-function#1 today, marked the same)',
    rows: [1, 2, 3, 4, 5].map((n) => [String(n), `Number is ${n}`, `Number was: ${n}`]),
  },
  "history/samples#3@2020": batchOfB("Id"),
  "history/samples#4@2022": batchOfB("ID"),
  "history/series-fill-constfunction#1@2022": {
    kind: "invalidQuery",
    reason: "datatable(`arr`: dynamic) quotes the column name in backticks, which KQL has no use for (['arr'] quotes a name): the analyzer's KS005; today's page writes datatable(arr: dynamic)",
    error: /KS005: Expected: \)/,
  },
  "history/series-fit-line-dynamicfunction#1@2022": {
    kind: "clock",
    reason: "x is the 12 hours up to now(), and the page prints only six of the ten columns (the chart's series); series-fit.test.ts checks the fit of the same y against the page's numbers",
  },
  "history/series-fit-linefunction#1@2022": {
    kind: "clock",
    reason: "x is the 12 hours up to now(), and the page prints only six of the nine columns (the chart's series); series-multi-column.test.ts checks the fit of the same y against the page's numbers",
  },
  "history/series-sinfunction#1@2022": {
    kind: "docWrong",
    reason: "the arr column is printed [-6.5,0,8.2] where the query's array is [-1,0,1] (series-sin-function#1 today, marked the same)",
    rows: [["[-1,0,1]", "[-0.8414709848078965,0.0,0.8414709848078965]"]],
  },
  "history/series-tanfunction#1@2022": {
    kind: "docWrong",
    reason: "the arr column is printed [-6.5,0,8.2] where the query's array is [-1,0,1] (series-tan-function#1 today, marked the same)",
    rows: [["[-1,0,1]", "[-1.5574077246549023,0.0,1.5574077246549023]"]],
  },
  "history/series-stats-dynamicfunction#1@2021": {
    kind: "docWrong",
    reason: "the bag of 2021 has no sum and len: today's page (series-stats-dynamic-function#1) prints the same bag with sum 492.0 and len 15",
    rows: [['{"min": 2.0, "min_idx": 8, "max": 87.0, "max_idx": 3, "avg": 32.8, "stdev": 28.503633853548269, "variance": 812.45714285714291, "sum": 492.0, "len": 15}']],
  },
  "history/summarizeoperator#1@2022": {
    kind: "docWrong",
    reason:
      "the page of 2022 prints every aggregate of no rows empty, under arg_max/arg_min names of that time (max_x, max_x_x); today's page (summarize-operator#1) prints avg NaN and stdev, sum, sumif, variance 0, and the analyzer names arg_max(x, x)'s columns x, x1",
    columns: ["any_x", "x", "x1", "x2", "x3", "avg_x", "schema_x", "max_x", "min_x", "percentile_x_55", "hll_x", "stdev_x", "sum_x", "sumif_x", "tdigest_x", "variance_x"],
    rows: [["", "", "", "", "", "NaN", "", "", "", "", "", "0", "0", "0", "", "0"]],
  },
  "history/tablefunction#1@2022": { kind: "needsTables", reason: "table('help') counts a table of the help cluster" },
  "history/urlencodefunction#1@2022": {
    kind: "docWrong",
    reason: "the output's original column ends in '/' where the query's url does not (url-encode-function#1 today, marked the same)",
    rows: [["https://www.bing.com/hello word", "https%3a%2f%2fwww.bing.com%2fhello+word"]],
  },
  "history/urlencodecomponentfunction#1@2022": {
    kind: "docWrong",
    reason: "the encoded column drops the url's final '/' (%2f) that the original column shows (url-encode-component-function#1 today, marked the same)",
    rows: [["https://www.bing.com/hello word/", "https%3a%2f%2fwww.bing.com%2fhello%20word%2f"]],
  },
};
