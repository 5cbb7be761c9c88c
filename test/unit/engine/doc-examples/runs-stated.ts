/**
 * What the reference's pages state, in another form than an Output table, about examples of runs.json
 * (doc-examples-runs.test.ts compares them): a code block with the value, a sentence ("the output
 * from the query is 70"), a comment in the query, a table the table extractor cannot read (one-dash
 * separators, a header wider than its row), or the error the page says the query fails with.
 * Lines of blocks listing one expression each carry their stated cell in runs.json itself (`cell`).
 * Each entry quotes or paraphrases the page; none is the engine's own output copied.
 */

export interface Stated {
  /** The page's words, or where on the page the value is. */
  says: string;
  /** The documented table: the page's header when it prints one that fits, else the engine's names are used. */
  columns?: string[];
  rows?: string[][];
  /** Cells of the named columns only, on every row (the page states one value, e.g. a comment `// pValue = 0.021`). */
  cells?: Record<string, string>;
  /** Only the number of rows (the page cuts its table, or its values follow the clock). */
  rowCount?: number;
  /** The page's own rows when they are wrong (kept to check they indeed differ); `rows` is then the corrected table. */
  pageRows?: string[][];
  /** The page says the query fails: the error must match (a refusal by name also matches when `orRefused`). */
  fails?: RegExp;
  orRefused?: boolean;
}

export const STATED: Record<string, Stated> = {
  "binary-and-function#1": { says: "Output: a code block holding 2", rows: [["2"]] },
  "exp2-function#1": { says: "Output: a code block, result 8", columns: ["result"], rows: [["8"]] },
  "exp10-function#1": { says: "Output: a code block, result 100", columns: ["result"], rows: [["100"]] },
  "extract-all-function#1": { says: 'the query\'s comment: results with the dynamic array ["123", "567", "789"]', rows: [['["123", "567", "789"]']] },
  "base64-decode-toguid-function#1": { says: 'If you try to decode an invalid base64 string, "null" will be returned', columns: ["Empty"], rows: [[""]] },
  "ipv4-is-match-function#1": { says: "Output table |print_0| true (kept out of cases.json by its trailing blank)", columns: ["print_0"], rows: [["true"]] },
  "parse-where-operator#1": { says: "Output table with no rows: the regex kind is case-sensitive, RESOURCENAME= matches nothing", columns: ["resourceName", "totalSlices"], rows: [] },
  "series-magnitude-function#1": {
    says: "Output row [1,2,3,4] | 5.4772255750516612 (its header names three columns, s1|s2|series_magnitude, for two cells)",
    columns: ["arr", "series_magnitude"],
    rows: [["[1,2,3,4]", "5.4772255750516612"]],
  },
  "geospatial-joins#1": { says: "Output table with one-dash separators", columns: ["name", "id"], rows: [["a", "1"], ["b", "1"], ["c", "1"]] },
  "geospatial-joins#2": {
    says: "Output table with one-dash separators; its row b repeats row a's coordinates, while distinct keeps b's own (-0.12432651341458723, 51.511160848670585 in locations1)",
    columns: ["name", "id", "longitude", "latitude"],
    pageRows: [
      ["a", "1", "-0.124330807668741", "51.5111584136165"],
      ["b", "1", "-0.124330807668741", "51.5111584136165"],
      ["c", "1", "-0.124324669396373", "51.5111595966917"],
    ],
    rows: [
      ["a", "1", "-0.124330807668741", "51.5111584136165"],
      ["b", "1", "-0.124326513414587", "51.5111608486706"],
      ["c", "1", "-0.124324669396373", "51.5111595966917"],
    ],
  },
  "functions/user-defined-functions#4": { says: "When run, the output from the query is 70", columns: ["Count"], rows: [["70"]] },
  "functions/user-defined-functions#5": { says: 'the query\'s comment: Returns "12-b.default-7"', rows: [["12-b.default-7"]] },
  "functions/user-defined-functions#10": { says: "only T_view is resolved by the wildcard reference in the union", columns: ["x"], rows: [["1"]] },
  "schema-entities/views#1": { says: "only T_view is resolved by the wildcard reference in the union operation", columns: ["x"], rows: [["1"]] },
  "functions/user-defined-functions#12": {
    says: "supported: f references Table1 but is invoked with no reference to the row context, f(10); min(xdate) - 10h",
    columns: ["d"],
    rows: [["1969-12-31 14:00:00"]],
  },
  "functions/user-defined-functions#13": {
    says: "isn't supported: f references Table1 and is invoked with a reference to the row context, f(Column)",
    fails: /row-dependent argument/,
    orRefused: true,
  },
  "toscalar-function#1": { says: "the page shows this failure, mitigated by a join", fails: /row-dependent argument/, orRefused: true },
  "assert-function#1": { says: "Running this query yields an error: assert() has failed with message: 'Length must be greater than zero'", fails: /^assert\(\) has failed with message: 'Length must be greater than zero'/ },
  "assert-function#2": { says: "The following query will always fail (assert is evaluated though where b returns no data)", fails: /^assert\(\) has failed with message: 'Assertion failed'/ },
  "scalar-data-types/timespan#1": { says: "calculates how many seconds are in a day in several ways", rows: [["86400", "86400", "86400"]] },
  "scalar-data-types/timespan#2": { says: "converts the number of seconds in a day to a timespan", rows: [["86400", "1.00:00:00"]] },
  "tolong-function#1": { says: 'the example tolong("123") == 123', rows: [["true"]] },
  "tolower-function#1": { says: 'the example tolower("Hello") == "hello"', rows: [["true"]] },
  "toreal-function#1": { says: 'the example toreal("123.4") == 123.4', rows: [["true"]] },
  "toupper-function#1": { says: 'the example toupper("hello") == "HELLO"', rows: [["true"]] },
  "as-operator#1": {
    says: "the generated TableName column consists of 'T1' and 'T2' (the Output table printed under the second, equivalent form)",
    columns: ["TableName", "x"],
    rows: [...[1, 2, 3, 4, 5].map((x) => ["T1", String(x)]), ...[1, 2, 3, 4, 5].map((x) => ["T2", String(x)])],
  },
  "row-number-function#1": {
    says: "a table with two columns, the first column (a) with numbers from 10 down to 1, and the second column (rn) with numbers from 1 up to 10",
    columns: ["a", "rn"],
    rows: Array.from({ length: 10 }, (_, k) => [String(10 - k), String(k + 1)]),
  },
  "row-number-function#2": { says: "similar to the above, only the second column (rn) starts at 7", columns: ["a", "rn"], rows: Array.from({ length: 10 }, (_, k) => [String(10 - k), String(k + 7)]) },
  "scalar-data-types/null-values#1": { says: "returns a single row full of null values", rows: [["", "", "", "", "", "", "", "", ""]] },
  "tutorials/your-first-graph#2": {
    says: "Find all employees who directly report to Alice (the page's reports table: Bob and Carol)",
    columns: ["employee", "role", "age"],
    rows: [
      ["Bob", "Engineering Manager", "35"],
      ["Carol", "Marketing Manager", "38"],
    ],
  },
  "welch-test-function#1": { says: "the query's comment: pValue = 0.021 (Wikipedia's example, which the page takes its samples from)", cells: { pValue: "0.021" } },
  "range-operator#1": { says: "a week of days, 2015-12-05 to 2015-12-12 on the page's day: 8 rows (the page cuts its table with ...)", rowCount: 8 },
};
