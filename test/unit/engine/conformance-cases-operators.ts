import { DOCS, type DocCase } from "./conformance-helpers";

const XY = `let X = datatable(Key:string, Value1:long)
[
    'a',1,
    'b',2,
    'b',3,
    'c',4
];
let Y = datatable(Key:string, Value2:long)
[
    'b',10,
    'c',20,
    'c',30,
    'd',40
];
`;

const MAKE_SERIES_DATA = `let data=datatable(timestamp:datetime, metric: real)
[
  datetime(2016-12-31T06:00), 50,
  datetime(2017-01-01), 4,
  datetime(2017-01-02), 3,
  datetime(2017-01-03), 4,
  datetime(2017-01-03T03:00), 6,
  datetime(2017-01-05), 8,
  datetime(2017-01-05T13:40), 13,
  datetime(2017-01-06), 4,
  datetime(2017-01-07), 3,
  datetime(2017-01-08), 8,
  datetime(2017-01-08T21:00), 8,
  datetime(2017-01-09), 2,
  datetime(2017-01-09T12:00), 11,
  datetime(2017-01-10T05:00), 5,
];
let interval = 1d;
let stime = datetime(2017-01-01);
let etime = datetime(2017-01-10);
data
`;

const days = (from: number, n: number) => Array.from({ length: n }, (_, i) => `2017-01-${String(from + i).padStart(2, "0")}T00:00:00Z`);

export const OPERATOR_CASES: DocCase[] = [
  {
    doc: `${DOCS}datatable-operator`,
    name: "datatable, where strlen, dynamic property",
    query: `datatable(Date:datetime, Event:string, MoreData:dynamic) [
    datetime(1910-06-11), "Born", dynamic({"key1":"value1", "key2":"value2"}),
    datetime(1930-01-01), "Enters Ecole Navale", dynamic({"key1":"value3", "key2":"value4"}),
    datetime(1953-01-01), "Published first book", dynamic({"key1":"value5", "key2":"value6"}),
    datetime(1997-06-25), "Died", dynamic({"key1":"value7", "key2":"value8"}),
]
| where strlen(Event) > 4
| extend key2 = MoreData.key2`,
    columns: ["Date", "Event", "MoreData", "key2"],
    rows: [
      ["1930-01-01T00:00:00Z", "Enters Ecole Navale", { key1: "value3", key2: "value4" }, "value4"],
      ["1953-01-01T00:00:00Z", "Published first book", { key1: "value5", key2: "value6" }, "value6"],
    ],
  },
  { doc: `${DOCS}range-operator`, name: "range with step", query: "range Steps from 1 to 8 step 3", columns: ["Steps"], rows: [[1], [4], [7]] },
  {
    doc: `${DOCS}between-operator`,
    name: "between on numbers",
    query: "range x from 1 to 100 step 1\n| where x between (50 .. 55)",
    rows: [[50], [51], [52], [53], [54], [55]],
  },
  {
    doc: `${DOCS}join-leftouter`,
    name: "join kind=leftouter",
    query: `${XY}X | join kind=leftouter Y on Key`,
    columns: ["Key", "Value1", "Key1", "Value2"],
    rows: [["a", 1, "", null], ["b", 2, "b", 10], ["b", 3, "b", 10], ["c", 4, "c", 20], ["c", 4, "c", 30]],
    unordered: true,
  },
  {
    doc: `${DOCS}join-innerunique`,
    name: "join default (innerunique) keeps the first left row per key",
    query: `${XY}X | join Y on Key`,
    columns: ["Key", "Value1", "Key1", "Value2"],
    rows: [["b", 2, "b", 10], ["c", 4, "c", 20], ["c", 4, "c", 30]],
    unordered: true,
  },
  {
    doc: `${DOCS}join-leftanti`,
    name: "join kind=leftanti",
    query: `${XY}X | join kind=leftanti Y on Key`,
    columns: ["Key", "Value1"],
    rows: [["a", 1]],
  },
  {
    doc: `${DOCS}join-inner`,
    name: "join kind=inner",
    query: `let X = datatable(Key:string, Value1:long)
['a',1, 'b',2, 'b',3, 'k',5, 'c',4];
let Y = datatable(Key:string, Value2:long)
['b',10, 'c',20, 'c',30, 'd',40, 'k',50];
X | join kind=inner Y on Key`,
    columns: ["Key", "Value1", "Key1", "Value2"],
    rows: [["b", 3, "b", 10], ["b", 2, "b", 10], ["c", 4, "c", 20], ["c", 4, "c", 30], ["k", 5, "k", 50]],
    unordered: true,
  },
  {
    doc: `${DOCS}join-rightanti`,
    name: "join kind=rightanti",
    query: `${XY}X | join kind=rightanti Y on Key`,
    columns: ["Key", "Value2"],
    rows: [["d", 40]],
    note: "the page's output table repeats the leftanti result (a, 1); its own text says rightanti returns the right table's unmatched rows, which is d, 40",
  },
  {
    doc: `${DOCS}mv-expand-operator`,
    name: "mv-expand array",
    query: "datatable (a: int, b: dynamic)\n[\n    1, dynamic([10, 20]),\n    2, dynamic(['a', 'b'])\n]\n| mv-expand b",
    rows: [[1, 10], [1, 20], [2, "a"], [2, "b"]],
  },
  {
    doc: `${DOCS}mv-expand-operator`,
    name: "mv-expand property bag",
    query: 'datatable (a: int, b: dynamic)\n[\n    1, dynamic({"prop1": "a1", "prop2": "b1"}),\n    2, dynamic({"prop1": "a2", "prop2": "b2"})\n]\n| mv-expand b',
    rows: [[1, { prop1: "a1" }], [1, { prop2: "b1" }], [2, { prop1: "a2" }], [2, { prop2: "b2" }]],
  },
  {
    doc: `${DOCS}mv-expand-operator`,
    name: "mv-expand kind=array",
    query: 'datatable (a: int, b: dynamic)\n[\n    1, dynamic({"prop1": "a1", "prop2": "b1"}),\n    2, dynamic({"prop1": "a2", "prop2": "b2"})\n]\n| mv-expand kind=array b \n| extend key = b[0], val=b[1]',
    columns: ["a", "b", "key", "val"],
    rows: [
      [1, ["prop1", "a1"], "prop1", "a1"],
      [1, ["prop2", "b1"], "prop2", "b1"],
      [2, ["prop1", "a2"], "prop1", "a2"],
      [2, ["prop2", "b2"], "prop2", "b2"],
    ],
  },
  {
    doc: `${DOCS}mv-expand-operator`,
    name: "mv-expand two columns zipped",
    query: 'datatable (a: int, b: dynamic, c: dynamic)[\n    1, dynamic({"prop1": "a", "prop2": "b"}), dynamic([5, 4, 3])\n]\n| mv-expand b, c',
    rows: [[1, { prop1: "a" }, 5], [1, { prop2: "b" }, 4], [1, null, 3]],
  },
  {
    doc: `${DOCS}mv-expand-operator`,
    name: "mv-expand one after the other (cartesian product)",
    query: 'datatable (a: int, b: dynamic, c: dynamic)\n[\n    1, dynamic({"prop1": "a", "prop2": "b"}), dynamic([5, 6])\n]\n| mv-expand b\n| mv-expand c',
    rows: [[1, { prop1: "a" }, 5], [1, { prop1: "a" }, 6], [1, { prop2: "b" }, 5], [1, { prop2: "b" }, 6]],
  },
  {
    doc: `${DOCS}mv-expand-operator`,
    name: "mv-expand with_itemindex after make_list",
    query: "range x from 1 to 4 step 1\n| summarize x = make_list(x)\n| mv-expand with_itemindex=Index x",
    columns: ["x", "Index"],
    rows: [[1, 0], [2, 1], [3, 2], [4, 3]],
  },
  {
    doc: `${DOCS}row-number-function`,
    name: "row_number after sort desc",
    query: "range a from 1 to 10 step 1\n| sort by a desc\n| extend rn=row_number()",
    rows: Array.from({ length: 10 }, (_, i) => [10 - i, i + 1]),
  },
  {
    doc: `${DOCS}row-number-function`,
    name: "row_number with a start index",
    query: "range a from 1 to 10 step 1\n| sort by a desc\n| extend rn=row_number(7)",
    rows: Array.from({ length: 10 }, (_, i) => [10 - i, i + 7]),
  },
  {
    doc: `${DOCS}row-number-function`,
    name: "row_number restarting per partition with prev()",
    query: `datatable (Airport:string, Airline:string, Departures:long)
[
  "TLV", "LH", 1,
  "TLV", "LY", 100,
  "SEA", "LH", 1,
  "SEA", "BA", 2,
  "SEA", "LY", 0
]
| sort by Airport asc, Departures desc
| extend Rank=row_number(1, prev(Airport) != Airport)`,
    rows: [["SEA", "BA", 2, 1], ["SEA", "LH", 1, 2], ["SEA", "LY", 0, 3], ["TLV", "LY", 100, 1], ["TLV", "LH", 1, 2]],
  },
  {
    doc: `${DOCS}make-series-operator`,
    name: "make-series avg with from/to/step",
    query: `${MAKE_SERIES_DATA}| make-series avg(metric) on timestamp from stime to etime step interval`,
    columns: ["avg_metric", "timestamp"],
    rows: [[[4, 3, 5, 0, 10.5, 4, 3, 8, 6.5], days(1, 9)]],
  },
  {
    doc: `${DOCS}make-series-operator`,
    name: "make-series over empty input returns no rows",
    query: `${MAKE_SERIES_DATA}| take 0\n| make-series avg(metric) default=1.0 on timestamp from stime to etime step interval\n| count`,
    rows: [[0]],
  },
  {
    doc: `${DOCS}make-series-operator`,
    name: "make-series kind=nonempty fills defaults",
    query: `${MAKE_SERIES_DATA}| take 0\n| make-series kind=nonempty avg(metric) default=1.0 on timestamp from stime to etime step interval`,
    rows: [[Array(9).fill(1), days(1, 9)]],
  },
  {
    doc: `${DOCS}union-operator`,
    name: "union withsource with a column of two types",
    query: "let View_1 = view () { print x=1 };\nlet View_2 = view () { print x=toint(2) };\nlet View_3 = view () { print x_long=3 };\nunion withsource=TableName View_1, View_2, View_3",
    columns: ["TableName", "x_long", "x_int", "x_long1"],
    rows: [["View_1", null, null, 1], ["View_2", null, 2, null], ["View_3", 3, null, null]],
    note: "the page lists the columns as x_long1, x_int, x_long; the analyzer orders them x_long, x_int, x_long1 — values per name match the page",
  },
  {
    doc: `${DOCS}countif-aggregation-function`,
    name: "countif",
    query: 'let T = datatable(name:string, day_of_birth:long)\n[\n   "John", 9,\n   "Paul", 18,\n   "George", 25,\n   "Ringo", 7\n];\nT\n| summarize countif(strlen(name) > 4)',
    columns: ["countif_"],
    rows: [[2]],
  },
  {
    doc: `${DOCS}arg-max-aggregation-function`,
    name: "arg_max(Version, *) with nulls",
    query: `datatable(Fruit: string, Color: string, Version: int) [
    "Apple", "Red", 1,
    "Apple", "Green", int(null),
    "Banana", "Yellow", int(null),
    "Banana", "Green", int(null),
    "Pear", "Brown", 1,
    "Pear", "Green", 2,
]
| summarize arg_max(Version, *) by Fruit`,
    columns: ["Fruit", "Version", "Color"],
    rows: [["Apple", 1, "Red"], ["Banana", null, "Yellow"], ["Pear", 2, "Green"]],
    unordered: true,
  },
];
