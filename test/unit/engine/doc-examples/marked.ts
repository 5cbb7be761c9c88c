/**
 * Documentation examples whose page we judge wrong or which cannot be checked as printed, each with
 * the reason and what the test asserts instead. Nothing here relaxes a case that the page gets right.
 */
import { GEO_CELL_MARKS } from "./marked-geo-cells";
import { GEO_SHAPE_MARKS } from "./marked-geo-shapes";
import { TABULAR_MARKS } from "./marked-tabular";
import { FL_MARKS } from "./marked-fl";
import { HISTORY_MARKS } from "./marked-history";
import { VERSION_WRONG_MARKS } from "./marked-versions";
import { VERSION_ALIASES, VERSION_INVALID_MARKS } from "./marked-versions-invalid";

export type Mark =
  /** The page's output is wrong or garbled; `rows` (and `columns`, when the page's header is wrong too) is the corrected expectation, in the page's cell style. */
  | { kind: "docWrong"; reason: string; rows: string[][]; columns?: string[] }
  /** A batch of several result tables where the case holds the first; the engine answers the last one, which the page also prints. */
  | { kind: "batchLast"; reason: string; columns: string[]; rows: string[][] }
  /** The example's output depends on when it runs; only checked to run. */
  | { kind: "clock"; reason: string }
  /** Not self-contained after all: needs a cluster's tables. */
  | { kind: "needsTables"; reason: string }
  /** Searches every table of the help cluster: over an empty workspace it must find nothing. */
  | { kind: "clusterSearch"; reason: string }
  /** The page documents no order for an array it prints: its elements are compared as a multiset. */
  | { kind: "unordered"; reason: string }
  /**
   * Random output (sample, rand(), new_guid()): the page shows one draw. Checked by shape: the
   * documented columns and row count, every cell matching its column's `cells` pattern when given,
   * and `holds`, a property every correct answer has.
   */
  | { kind: "random"; reason: string; cells?: RegExp[]; holds?: { what: string; test: (rows: unknown[][]) => boolean } }
  /** Random and millions of rows (minutes of CPU here): checked to pass the engine's validation, not run. */
  | { kind: "heavyRandom"; reason: string }
  /**
   * Ordered by a key with ties (`top n by score`) and/or holding arrays of undefined order (make_set):
   * rows compared as a multiset with arrays as sets, and column `key` checked to be non-increasing.
   */
  | { kind: "ties"; reason: string; key: number }
  /** Refused on purpose: the error must name `construct`. */
  | { kind: "refused"; reason: string; construct: RegExp }
  /** Not valid KQL as printed (a documentation bug): the analyzer's error, which must match `error`. */
  | { kind: "invalidQuery"; reason: string; error: RegExp };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const WHOLE_BELOW_1000 = /^\d{1,3}$/;

const numberRows = (verb: string) => [1, 2, 3, 4, 5].map((n) => [String(n), `Number is ${n}`, `Number ${verb} ${n}`]);

export const MARKED: Record<string, Mark> = {
  "search-operator#1": { kind: "clusterSearch", reason: "searches every table of the help cluster (Customers, Products, ...)" },
  "search-operator#2": { kind: "clusterSearch", reason: "searches every table of the help cluster" },
  "search-operator#3": { kind: "clusterSearch", reason: "searches every table of the help cluster" },
  "database-function#1": { kind: "needsTables", reason: "reads database('Samples').StormEvents of the help cluster" },
  "trim-end-function#2": {
    kind: "invalidQuery",
    reason: "strcat(..., x, ...) names an x the query never defines (the page's five rows suggest a range x from 1 to 5 it left out): the analyzer's KS142, as Kusto's",
    error: /KS142: The name 'x' does not refer to any known column/,
  },
  "join-innerunique#3": {
    kind: "docWrong",
    reason: "the page documents two possible outputs of the same query (innerunique keeps either left row); join-innerunique#2 checks the other one, which is the one this engine gives",
    rows: [
      ["1", "val1.1", "1", "val1.3"],
      ["1", "val1.1", "1", "val1.4"],
    ],
  },
  "series-fit-line-dynamic-function#1": {
    kind: "clock",
    reason: "x is range(bin(now(), 1h) - 11h, ...) and the page's table is cut to the fit columns; the fit itself is checked against the page's numbers in series-fit.test.ts",
  },
  "series-fill-linear-function#1": {
    kind: "docWrong",
    reason: "the int row's with_const cell prints [111,111,74,38,…], changing the present 36 to 38 and interpolating 74 where the two columns before give 73; the page says constant_value is relevant only for arrays that are entirely null, so that cell is the same as with_edges",
    rows: [
      ["[null,111.0,null,36.0,41.0,null,null,16.0,61.0,33.0,null,null]", "[111.0,111.0,73.5,36.0,41.0,32.667,24.333,16.0,61.0,33.0,33.0,33.0]", "[111.0,111.0,73.5,36.0,41.0,32.667,24.333,16.0,61.0,33.0,33.0,33.0]", "[null,111.0,73.5,36.0,41.0,32.667,24.333,16.0,61.0,33.0,null,null]", "[111.0,111.0,73.5,36.0,41.0,32.667,24.333,16.0,61.0,33.0,33.0,33.0]"],
      ["[null,111,null,36,41,null,null,16,61,33,null,null]", "[111,111,73,36,41,32,24,16,61,33,33,33]", "[111,111,73,36,41,32,24,16,61,33,33,33]", "[null,111,73,36,41,32,24,16,61,33,null,null]", "[111,111,73,36,41,32,24,16,61,33,33,33]"],
      ["[null,null,null,null]", "[0.0,0.0,0.0,0.0]", "[0.0,0.0,0.0,0.0]", "[0.0,0.0,0.0,0.0]", "[3.14159,3.14159,3.14159,3.14159]"],
    ],
  },
  "series-fit-line-function#1": {
    kind: "clock",
    reason: "x is range(bin(now(), 1h) - 11h, ...) and the page's table is cut to the six fit columns; the fit itself is checked against the page's numbers in series-multi-column.test.ts",
  },
  "now-function#1": { kind: "clock", reason: "prints now() minus each timespan: the values are those of the day the page was written" },
  "parse-url-function#1": {
    kind: "docWrong",
    reason:
      'the page prints "Query Parameters":"{"k1":"v1", "k2":"v2"}" (a quoted string with unescaped quotes, not JSON); the value is the bag {"k1":"v1","k2":"v2"}. And Path keeps its leading slash: Kusto printed "Path":"/forum/questions/" and "/c=GB" for the URLs quoted in microsoft/Kusto-Query-Language#112 (2023), where this hand-written output (unchanged since 2018) drops it',
    rows: [['{"Scheme":"scheme","Host":"host","Port":"1234","Path":"/this/is/a/path","Username":"username","Password":"password","Query Parameters":{"k1":"v1","k2":"v2"},"Fragment":"fragment"}']],
  },
  "parse-url-query-function#1": {
    kind: "docWrong",
    reason: 'as parse-url-function#1: the page prints "Query Parameters":"{"k1":"v1", ...}" (a quoted string with unescaped quotes); the value is a bag',
    rows: [['{"Query Parameters":{"k1":"v1","k2":"v2","k3":"v3"}}']],
  },
  "range-operator#1": {
    kind: "docWrong",
    reason: "the union of 2024-01-01..05 and 2024-01-06..10 has 10 rows; the page's table starts at 2024-01-04 (cut)",
    rows: Array.from({ length: 10 }, (_, k) => [`2024-01-${String(k + 1).padStart(2, "0")} 00:00:00.0000000`]),
  },
  "replace-regex-function#1": {
    kind: "docWrong",
    reason: "range x from 1 to 5 step 1 makes x a long, and tostring(1) is \"1\" (tostring page); \"1.000000\" is no Kusto text form of a long",
    rows: numberRows("was:"),
  },
  "replace-string-function#2": {
    kind: "docWrong",
    reason: "as replace-regex-function#1: tostring of the long x is \"1\", not \"1.000000\"",
    rows: numberRows("was"),
  },
  "strcat-function#2": {
    kind: "docWrong",
    reason: 'the page\'s cell "1. "MultiLineString": Line 1<br />2. ..." is a rendering of the three lines, not the value',
    rows: [["Line 1\nLine 2\nLine 3"]],
  },
  "union-operator#4": {
    kind: "docWrong",
    reason:
      "column order only: Kusto's analyzer orders the outer union's columns x_long, x_int, x_long1 where the page prints x_long1, x_int, x_long; each column holds the page's values by name (View_1's x is x_long1)",
    rows: [
      ["View_1", "", "", "1"],
      ["View_2", "", "2", ""],
      ["View_3", "3", "", ""],
    ],
  },
  "toguid-function#1": {
    kind: "docWrong",
    reason: "the output table's third input reads \"a string that isn't a guid\" where the query has \"a string that is not a guid\"",
    rows: [
      ["0123456789abcdef0123456789abcdef", "01234567-89ab-cdef-0123-456789abcdef"],
      ["0123456789ab-cdef-0123-456789abcdef", "01234567-89ab-cdef-0123-456789abcdef"],
      ["a string that is not a guid", ""],
    ],
  },
  ...Object.fromEntries(
    (
      [
        ["series-acos-function#1", "[3.1415926535897931,1.5707963267948966,0.0]"],
        ["series-atan-function#1", "[-0.78539816339744828,0.0,0.78539816339744828]"],
        ["series-cos-function#1", "[0.54030230586813976,1.0,0.54030230586813976]"],
        ["series-sin-function#1", "[-0.8414709848078965,0.0,0.8414709848078965]"],
        ["series-tan-function#1", "[-1.5574077246549023,0.0,1.5574077246549023]"],
      ] as const
    ).map(([id, out]): [string, Mark] => [
      id,
      { kind: "docWrong", reason: "the output's input column reads [-6.5,0,8.2] where the query prints dynamic([-1,0,1]) (the outputs are those of [-1,0,1])", rows: [["[-1,0,1]", out]] },
    ]),
  ),
  "series-asin-function#1": {
    kind: "docWrong",
    reason: 'series_asin gives reals: the page prints the two non-zero elements as strings ("-1.5707963267948966")',
    rows: [["[-1,0,1]", "[-1.5707963267948966,0,1.5707963267948966]"]],
  },
  "url-encode-function#1": {
    kind: "docWrong",
    reason: "the output's original column ends in '/' where the query's url does not",
    rows: [["https://www.bing.com/hello world", "https%3a%2f%2fwww.bing.com%2fhello+world"]],
  },
  "url-encode-component-function#1": {
    kind: "docWrong",
    reason: "the encoded column drops the url's final '/' (%2f) that the original column shows",
    rows: [["https://www.bing.com/hello world/", "https%3a%2f%2fwww.bing.com%2fhello%20world%2f"]],
  },
  "variancepif-aggregation-function#1": {
    kind: "docWrong",
    reason: "850 is the sample variance (varianceif's page gives it for the same query); the population variance of 2, 4, ..., 100 is 4 × (50² − 1) / 12 = 833, as variancep's page (variancep of 1..5 is 2) defines it",
    rows: [["833"]],
  },
  "array-iff-function#2": {
    kind: "docWrong",
    reason: "the page prints the string elements unquoted ([yes, no, yes]); the value is the array [\"yes\",\"no\",\"yes\"]",
    rows: [["[1, 0, 50]", "yes", "no", '["yes","no","yes"]']],
  },
  "array-iff-function#3": {
    kind: "docWrong",
    reason: "the page's condition cell repeats the first example's [true, false, true]; the column is the printed array itself, its datetime in dynamic's 7-digit form",
    rows: [['["some string value","2022-01-01T00:00:00.0000000Z",null]', "1", "0", "[null, null, null]"]],
  },
  "range-function#2": {
    kind: "docWrong",
    reason: "the page elides the 365 days of 2007 with '.....'; the array holds every day from 2007-01-01 to 2007-12-31",
    rows: [[JSON.stringify(Array.from({ length: 365 }, (_, k) => `${new Date(Date.UTC(2007, 0, 1 + k)).toISOString().slice(0, 10)}T00:00:00.0000000Z`))]],
  },
  "range-function#4": {
    kind: "docWrong",
    reason: "the page's output table is garbled (a row '1,000,000' and the array as a second row in backquotes); range(1h, 5h) steps by the documented default 1h",
    rows: [['["01:00:00","02:00:00","03:00:00","04:00:00","05:00:00"]']],
  },
  "mv-apply-operator#4": {
    kind: "docWrong",
    reason: 'the first row\'s NewArr1 is printed ["A2\',"A1"] (a stray single quote); the value is ["A2","A1"]',
    rows: [
      ["1", '["A1","A2","A3"]', "[10,30,7]", '["A2","A1"]', "[30,10]"],
      ["7", '["B1","B2","B5"]', "[15,11,50]", '["B5","B1"]', "[50,15]"],
      ["3", '["C1","C2","C3","C4"]', "[6,40,20,8]", '["C2","C3"]', "[40,20]"],
    ],
  },
  ...GEO_CELL_MARKS,
  "asin-function#1": {
    kind: "docWrong",
    reason: "asin(0.5) is π/6 = 0.5235987755982989 (1.2532358975033751 is no arcsine of 0.5: the sine of 1.2532 is 0.95)",
    rows: [["0.5235987755982989"]],
  },
  "node-degree-in#1": {
    kind: "docWrong",
    reason: "the third row names Ellen, who is in neither table; Alice's reports with an inner node of in-degree > 1 are Eve and Richard (via Bob), Ben's path goes through Chris (in-degree 1)",
    rows: [
      ["Alice", "Richard", '["Bob has 2 reports"]', "3", "1"],
      ["Alice", "Eve", '["Bob has 2 reports"]', "3", "1"],
    ],
  },
  "node-degree-out#2": {
    kind: "docWrong",
    reason: "the query projects six columns (di_m, do_m, di_e, do_e) but the page prints four with other names; Alice has three reports (Bob, Chris, Joe) and one manager (Jim)",
    columns: ["manager_name", "employee_name", "di_m", "do_m", "di_e", "do_e"],
    rows: [["Jim", "Alice", "1", "0", "3", "1"]],
  },
  "graph-to-table-operator#3": {
    kind: "batchLast",
    reason: "the query ends with two result statements (N; E); the engine answers the last (E), the page's output table 2, its 64-bit node hashes kept exact",
    columns: ["SourceId", "source", "destination", "edge_type"],
    rows: [
      ["-3122868243544336885", "Alice", "Bob", "communicatesWith"],
      ["-3122868243544336885", "Alice", "Trent", "trusts"],
      ["-7133945255344544237", "Bob", "Trent", "hasPermission"],
      ["4363395278938690453", "Eve", "Alice", "attacks"],
      ["3855580634910899594", "Mallory", "Alice", "attacks"],
      ["3855580634910899594", "Mallory", "Bob", "attacks"],
    ],
  },

  ...GEO_SHAPE_MARKS,
  "new-guid-function#1": { kind: "random", reason: "new_guid() is a fresh random guid per call", cells: [GUID] },
  "toscalar-function#3": {
    kind: "random",
    reason: "new_guid(): toscalar(new_guid()) is one guid for every row, a let of new_guid() is evaluated per row",
    cells: [GUID, GUID],
    holds: { what: "x is the same on both rows, y differs", test: (rows) => rows[0][0] === rows[1][0] && rows[0][1] !== rows[1][1] },
  },
  "named-expressions#3": {
    kind: "random",
    reason: "rand(1000): the function x draws at each call, y wraps its draw in toscalar() so both uses agree",
    cells: [WHOLE_BELOW_1000, WHOLE_BELOW_1000, WHOLE_BELOW_1000, WHOLE_BELOW_1000],
    holds: { what: "print_2 equals print_3", test: (rows) => rows[0][2] === rows[0][3] },
  },
  "reduce-operator#1": {
    kind: "refused",
    reason: "threshold=0.001: the page says a smaller threshold gives fewer groups, the opposite of the support rule the engine follows, so thresholds below the default stay refused (the output also depends on rand(10))",
    construct: /reduce with threshold below 0\.1/,
  },
  "reduce-operator#2": {
    kind: "refused",
    reason: "threshold=0.9 gives nine groups that all print the pattern MachineLearning* (one of them two digits merged): no rule on the rows' terms gives that, so thresholds above the default stay refused",
    construct: /reduce with threshold above 0\.1/,
  },
  "materialize-function#1": {
    kind: "heavyRandom",
    reason: "3 M rand() draws (~17 s here); the page prints the first of three results, Dcount, which is Kusto's HLL estimate",
  },
  "join-time-window#3": { kind: "heavyRandom", reason: "joins 5 M rows of rand() sessions (~110 s here); the count depends on the draw" },
  "base64-decode-toguid-function#1": {
    kind: "docWrong",
    reason:
      "the page prints the third group as 754c, the bytes' order; base64_encode_fromguid's page writes the third group little-endian (49ae is stored ae 49, .NET's Guid byte order), so decoding bytes 75 4c gives 4c75 — the two pages are inverses only that way",
    rows: [["10e99626-bc2b-4c75-bb3e-fe606de25700"]],
  },
  "datetime-local-to-utc-function#2": {
    kind: "docWrong",
    reason: "the page prints the 02:00 row first; range yields 01:00, 02:00, 03:00, 04:00 in order and extend keeps it (the rows' values are the page's)",
    rows: [
      ["2022-03-27 01:00:00.0000000", "2022-03-27 00:00:00.0000000", "2022-03-27 01:00:00.0000000", "00:00:00"],
      ["2022-03-27 02:00:00.0000000", "2022-03-27 00:00:00.0000000", "2022-03-27 01:00:00.0000000", "01:00:00"],
      ["2022-03-27 03:00:00.0000000", "2022-03-27 01:00:00.0000000", "2022-03-27 03:00:00.0000000", "00:00:00"],
      ["2022-03-27 04:00:00.0000000", "2022-03-27 02:00:00.0000000", "2022-03-27 04:00:00.0000000", "00:00:00"],
    ],
  },
  "datetime-utc-to-local-function#1": { kind: "clock", reason: "converts now(): the page shows the instant it ran (its diff, -17:00:00, is checked in functions-scalar-k3.test.ts)" },
  "series-iir-function#1": {
    kind: "docWrong",
    reason: "the page shows the first 4 of the 10 rows mv-expand makes of range(1.0, 10, 1); y is the running sum throughout",
    rows: Array.from({ length: 10 }, (_, k) => [`${k + 1}.0`, `${((k + 1) * (k + 2)) / 2}.0`]),
  },
  ...TABULAR_MARKS,
  ...FL_MARKS,
  ...HISTORY_MARKS,
  ...VERSION_WRONG_MARKS,
  ...VERSION_INVALID_MARKS,
};
for (const [id, same] of Object.entries(VERSION_ALIASES)) MARKED[id] = MARKED[same];
