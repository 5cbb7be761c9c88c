import { DOCS, type DocCase } from "./conformance-helpers";

const pair = (a: string, b: string) => `datatable (A: int, B: int)\n[\n    ${a}\n]\n| project ${b}(A, B)`;

export const FUNCTION_CASES: DocCase[] = [
  { doc: `${DOCS}bin-function`, name: "bin on a real", query: "print bin(4.5, 1)", columns: ["print_0"], rows: [[4]] },
  {
    doc: `${DOCS}bin-function`,
    name: "bin on a timespan",
    query: "print bin(time(16d), 7d)",
    rows: [["14.00:00:00"]],
    note: "the page prints 14:00:00:00; Kusto's timespan text form (and the REST API's) is 14.00:00:00",
  },
  { doc: `${DOCS}bin-function`, name: "bin on a datetime", query: "print bin(datetime(1970-05-11 13:45:07), 1d)", rows: [["1970-05-11T00:00:00Z"]] },
  {
    doc: `${DOCS}case-function`,
    name: "case",
    query: 'range Size from 1 to 15 step 2\n| extend bucket = case(Size <= 3, "Small", \n                       Size <= 10, "Medium", \n                       "Large")',
    rows: [[1, "Small"], [3, "Small"], [5, "Medium"], [7, "Medium"], [9, "Medium"], [11, "Large"], [13, "Large"], [15, "Large"]],
  },
  { doc: `${DOCS}coalesce-function`, name: "coalesce", query: 'print result=coalesce(tolong("not a number"), tolong("42"), 33)', columns: ["result"], rows: [[42]] },
  {
    doc: `${DOCS}split-function`,
    name: "split",
    query: 'print\n    split("aa_bb", "_"),\n    split("aaa_bbb_ccc", "_", 1),\n    split("", "_"),\n    split("a__b", "_"),\n    split("aabbcc", "bb")',
    rows: [[["aa", "bb"], ["bbb"], [""], ["a", "", "b"], ["aa", "cc"]]],
  },
  {
    doc: `${DOCS}datetime-diff-function`,
    name: "datetime_diff from year to millisecond",
    query: `print
year = datetime_diff('year',datetime(2017-01-01),datetime(2000-12-31)),
quarter = datetime_diff('quarter',datetime(2017-07-01),datetime(2017-03-30)),
month = datetime_diff('month',datetime(2017-01-01),datetime(2015-12-30)),
week = datetime_diff('week',datetime(2017-10-29 00:00),datetime(2017-09-30 23:59)),
day = datetime_diff('day',datetime(2017-10-29 00:00),datetime(2017-09-30 23:59)),
hour = datetime_diff('hour',datetime(2017-10-31 01:00),datetime(2017-10-30 23:59)),
minute = datetime_diff('minute',datetime(2017-10-30 23:05:01),datetime(2017-10-30 23:00:59)),
second = datetime_diff('second',datetime(2017-10-30 23:00:10.100),datetime(2017-10-30 23:00:00.900)),
millisecond = datetime_diff('millisecond',datetime(2017-10-30 23:00:00.200100),datetime(2017-10-30 23:00:00.100900))`,
    columns: ["year", "quarter", "month", "week", "day", "hour", "minute", "second", "millisecond"],
    rows: [[17, 2, 13, 5, 29, 2, 5, 10, 100]],
    note: "microsecond and nanosecond columns left out: datetimes are kept as float milliseconds (sub-microsecond precision is not kept)",
  },
  {
    doc: `${DOCS}datetime-add-function`,
    name: "datetime_add per period",
    query: `print  year = datetime_add('year',1,make_datetime(2017,1,1)),
quarter = datetime_add('quarter',1,make_datetime(2017,1,1)),
month = datetime_add('month',1,make_datetime(2017,1,1)),
week = datetime_add('week',1,make_datetime(2017,1,1)),
day = datetime_add('day',1,make_datetime(2017,1,1)),
hour = datetime_add('hour',1,make_datetime(2017,1,1)),
minute = datetime_add('minute',1,make_datetime(2017,1,1)),
second = datetime_add('second',1,make_datetime(2017,1,1))`,
    rows: [
      [
        "2018-01-01T00:00:00Z",
        "2017-04-01T00:00:00Z",
        "2017-02-01T00:00:00Z",
        "2017-01-08T00:00:00Z",
        "2017-01-02T00:00:00Z",
        "2017-01-01T01:00:00Z",
        "2017-01-01T00:01:00Z",
        "2017-01-01T00:00:01Z",
      ],
    ],
  },
  {
    doc: `${DOCS}datetime-add-function`,
    name: "datetime_add with negative and large amounts",
    query: `print  year = datetime_add('year',-5,make_datetime(2017,1,1)),
quarter = datetime_add('quarter',12,make_datetime(2017,1,1)),
month = datetime_add('month',-15,make_datetime(2017,1,1)),
week = datetime_add('week',100,make_datetime(2017,1,1))`,
    rows: [["2012-01-01T00:00:00Z", "2020-01-01T00:00:00Z", "2015-10-01T00:00:00Z", "2018-12-02T00:00:00Z"]],
  },
  {
    doc: `${DOCS}extract-function`,
    name: "extract with typeof(int)",
    query: 'let Dates = datatable(DateString: string)\n[\n    "15-12-2024",\n    "21-07-2023",\n    "10-03-2022"\n];\nDates\n| extend Month = extract(@"-(\\d{2})-", 1, DateString, typeof(int))\n| project DateString, Month',
    rows: [["15-12-2024", 12], ["21-07-2023", 7], ["10-03-2022", 3]],
  },
  {
    doc: `${DOCS}extract-function`,
    name: "extract a capture group",
    query: 'let Text = "User: JohnDoe, Email: johndoe@example.com, Age: 29";\nprint UserName = extract("User: ([^,]+)", 1, Text)',
    rows: [["JohnDoe"]],
  },
  { doc: `${DOCS}min-of-function`, name: "min_of", query: "print result=min_of(10, 1, -3, 17)", rows: [[-3]] },
  {
    doc: `${DOCS}min-of-function`,
    name: "min_of prefers non-null values",
    query: pair("5, 2,\n    10, 1,\n    int(null), 3,\n    1, int(null),\n    int(null), int(null)", "min_of"),
    rows: [[2], [1], [3], [1], [null]],
  },
  { doc: `${DOCS}max-of-function`, name: "max_of", query: "print result = max_of(10, 1, -3, 17)", rows: [[17]] },
  {
    doc: `${DOCS}max-of-function`,
    name: "max_of prefers non-null values",
    query: pair("1, 6,\n    8, 1,\n    int(null), 2,\n    1, int(null),\n    int(null), int(null)", "max_of"),
    rows: [[6], [8], [2], [1], [null]],
  },
  { doc: `${DOCS}array-length-function`, name: "array_length", query: 'print array_length(dynamic([1, 2, 3, "four"]))', rows: [[4]] },
  {
    doc: `${DOCS}isempty-function`,
    name: "isempty",
    query: 'print isempty(""), isempty("x"), isempty(parse_json("")), isempty(parse_json("[]")), isempty(parse_json("{}"))',
    rows: [[true, false, true, false, false]],
  },
  {
    doc: `${DOCS}make-set-aggregation-function`,
    name: "make_set of scalars and of arrays",
    query: "datatable (Val: int, Arr1: dynamic)\n[\n    1, dynamic(['A1', 'A2', 'A3']), \n    5, dynamic(['A2', 'C1']),\n    7, dynamic(['C2', 'A3']),\n    5, dynamic(['C2', 'A1'])\n] \n| summarize Val_set=make_set(Val), Arr1_set=make_set(Arr1)\n| extend Val_set = array_sort_asc(Val_set), Arr1_set = array_sort_asc(Arr1_set)",
    rows: [[[1, 5, 7], ["A1", "A2", "A3", "C1", "C2"]]],
    note: "array order is undefined per the page; sorted before comparing",
  },
  {
    doc: `${DOCS}startofday-function`,
    name: "startofday with offsets",
    query: "range offset from -1 to 1 step 1\n| project dayStart = startofday(datetime(2017-01-01 10:10:17), offset)",
    rows: [["2016-12-31T00:00:00Z"], ["2017-01-01T00:00:00Z"], ["2017-01-02T00:00:00Z"]],
  },
  {
    doc: `${DOCS}startofmonth-function`,
    name: "startofmonth with offsets",
    query: "range offset from -1 to 1 step 1\n| project monthStart = startofmonth(datetime(2017-01-01 10:10:17), offset)",
    rows: [["2016-12-01T00:00:00Z"], ["2017-01-01T00:00:00Z"], ["2017-02-01T00:00:00Z"]],
  },
  {
    doc: `${DOCS}round-function`,
    name: "round to digits, half away from zero, negative precision",
    query: "print round(2.98765, 3), round(2.15, 1), round(2.15), round(-50.55, -2), round(21.5, -1)",
    rows: [[2.988, 2.2, 2, -100, 20]],
  },
  { doc: `${DOCS}abs-function`, name: "abs", query: "print abs(-5)", rows: [[5]] },
  {
    doc: `${DOCS}isnull-function`,
    name: "isnull of strings and dynamic values",
    query: 'print isnull(""), isnull("x"), isnull(parse_json("")), isnull(parse_json("[]")), isnull(parse_json("{}"))',
    rows: [[false, false, true, false, false]],
  },
  {
    doc: `${DOCS}todatetime-function`,
    name: "todatetime of a date and time string",
    query: 'print todatetime("2015-12-31 23:59:59.9")',
    rows: [["2015-12-31T23:59:59.900Z"]],
    note: "the page shows the query without its output; the value is the string's instant",
  },
  { doc: `${DOCS}strcat-function`, name: "strcat", query: 'print str = strcat("hello", " ", "world")', rows: [["hello world"]] },
  { doc: `${DOCS}toint-function`, name: "toint of a string", query: 'print toint("123") == 123\n|project Integer = print_0', rows: [[true]] },
  { doc: `${DOCS}toint-function`, name: "toint truncates", query: "print toint(2.3)\n|project Integer = print_0", rows: [[2]] },
  {
    doc: `${DOCS}parse-json-function`,
    name: "parse_json and nested property access",
    query: `datatable(context_custom_metrics:string)
[
    '{"duration":{"value":118.0,"count":5.0,"min":100.0,"max":150.0,"stdDev":0.0,"sampledValue":118.0,"sum":118.0}}'
]
| extend d = parse_json(context_custom_metrics)
| extend duration_value = d.duration.value, duration_min = d.duration.min
| project duration_value, duration_min`,
    rows: [[118, 100]],
  },
  {
    doc: `${DOCS}parse-json-function`,
    name: "parse_json twice through tostring",
    query: "let d='{\"a\":123, \"b\":\"{\\\\\"c\\\\\":456}\"}';\nprint d_b_c=parse_json(tostring(parse_json(d).b)).c",
    rows: [[456]],
  },
  {
    doc: `${DOCS}percentiles-aggregation-function`,
    name: "percentile/percentiles use nearest rank",
    query: "range x from 1 to 10 step 1\n| summarize percentile(x, 50), percentiles(x, 0, 95, 100)",
    columns: ["percentile_x_50", "percentile_x_0", "percentile_x_95", "percentile_x_100"],
    rows: [[5, 1, 10, 10]],
    note: "expected values follow the page's nearest-rank definition (0th = smallest; P-th = smallest value with P% of data <= it)",
  },
];
