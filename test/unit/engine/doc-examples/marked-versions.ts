/**
 * Marks for the examples of page versions extract-versions.ts found (cases-history.json, ids
 * "history/...@YYYY-MM-DD") whose page is wrong: the reason and the output checked instead (see
 * marked.ts for the kinds). The rows are the engine's, each difference from the page explained.
 */
import type { Mark } from "./marked";

export const VERSION_WRONG_MARKS: Record<string, Mark> = {
  "history/arrayifffunction#2@2022-11-30": {
    kind: "docWrong",
    reason: "the condition column is printed [true, false, true] where the query's is [1,0,50], with the outputs of an earlier draft (the same page's later versions, and today's array-iff-function#2, print [1, 0, 50])",
    columns: ["condition","if_true","if_false","res"],
    rows: [["[1,0,50]","[1,2,3]","[4,5,6]","[1,5,3]"]],
  },
  "history/arrayifffunction#2@2023-01-09": {
    kind: "docWrong",
    reason: "the condition column is printed [true, false, true] where the query's is [1,0,50] (today's page prints [1, 0, 50] for the same query)",
    rows: [["[1,0,50]","yes","no","[\"yes\",\"no\",\"yes\"]"]],
  },
  "history/arrayifffunction#3@2022-11-30": {
    kind: "docWrong",
    reason: "the condition column is printed [true, false, true] where the query's is [\"some string value\", datetime(\"01-01-2022\"), null], and the when-true/when-false columns with an earlier draft's values; the result, all null, is the page's",
    columns: ["condition","if_true","if_false","res"],
    rows: [["[\"some string value\",\"2022-01-01T00:00:00.0000000Z\",null]","[1,2,3]","[4,5,6]","[null,null,null]"]],
  },
  "history/arrayifffunction#3@2023-01-09": {
    kind: "docWrong",
    reason: "the condition column is printed [true, false, true] where the query's is [\"some string value\", datetime(\"01-01-2022\"), null] (a copy of the row above); the result, all null, is the page's",
    rows: [["[\"some string value\",\"2022-01-01T00:00:00.0000000Z\",null]","1","0","[null,null,null]"]],
  },
  "history/bag-unpackplugin#1@2020-06-15": {
    kind: "docWrong",
    reason: "column order: the page prints Name before Age; bag_unpack adds the bag's keys in sorted order (Age, Name), as today's bag-unpack-plugin pages print them",
    columns: ["Age","Name"],
    rows: [["20","John"],["40","Dave"],["30","Smitha"]],
  },
  "history/bag-unpackplugin#1@2021-02-10": {
    kind: "docWrong",
    reason: "column order: the page prints Name before Age; bag_unpack adds the bag's keys in sorted order (Age, Name), as today's bag-unpack-plugin pages print them",
    columns: ["Age","Name"],
    rows: [["20","John"],["40","Dave"],["30","Jasmine"]],
  },
  "history/bag-unpackplugin#2@2020-06-15": {
    kind: "docWrong",
    reason: "column order: the page prints Name before Age; bag_unpack adds the bag's keys in sorted order (Age, Name), as today's bag-unpack-plugin pages print them",
    columns: ["Property_Age","Property_Name"],
    rows: [["20","John"],["40","Dave"],["30","Smitha"]],
  },
  "history/bag-unpackplugin#2@2021-02-10": {
    kind: "docWrong",
    reason: "column order: the page prints Name before Age; bag_unpack adds the bag's keys in sorted order (Age, Name), as today's bag-unpack-plugin pages print them",
    columns: ["Property_Age","Property_Name"],
    rows: [["20","John"],["40","Dave"],["30","Jasmine"]],
  },
  "history/base64-decode-toguid-function#1@2021-09-01": {
    kind: "docWrong",
    reason: "the page prints the third group as 754c, the bytes' order; base64_encode_fromguid's page writes the third group little-endian (.NET's Guid byte order), so bytes 75 4c decode to 4c75 (as for today's base64-decode-toguid-function#1, marked alike)",
    rows: [["10e99626-bc2b-4c75-bb3e-fe606de25700"]],
  },
  "history/base64-decode-toguid-function#2@2021-09-01": {
    kind: "docWrong",
    reason: "the base64_decode_toguid page's \"Empty\" example calls base64_decode_toarray by mistake; \"abcd1231\" is valid base64 of the 6 bytes 0x69 0xb7 0x1d 0xd7 0x6d 0xf5, which base64_decode_toarray returns (as history/base64-decode-toguid-function#2@2022)",
    rows: [["[105,183,29,215,109,245]"]],
  },
  "history/convert-temperature-function#1@2022-07-19": {
    kind: "docWrong",
    reason: "1.2 kelvin is -271.95 degrees Celsius (0 K = -273.15 C); the page prints 0.00439..., no conversion of 1.2 between these units",
    rows: [["-271.95"]],
  },
  "history/distinctoperator#1@2019-01-16": {
    kind: "docWrong",
    reason: "the input holds the one value 06:45, and neither distinct nor summarize by t changes a value: the page prints 06:00 for the Summarize row (an hour bin no operator of the query asks for); the other rows print 06:45",
    rows: [["2008-05-12T06:45:00.000Z","Distinct"],["2008-05-12T06:45:00.000Z","Summarize"],["2008-05-12T06:45:00.000Z","Summarize-distinct"]],
  },
  "history/fl/time-weighted-val-fl#1@2024-09-23": {
    kind: "docWrong",
    reason: "at 00:00 the grid row and the original row have the same _ts; which of the two `where grid == 1 or (keep_orig and _ts != next(_ts))` keeps depends on the order of rows equal in `order by _key, _ts`, which Kusto does not document as stable; the values are the page's",
    rows: [["2021-04-26T00:00:00.000Z","Device1","100","0"],["2021-04-26T00:45:00.000Z","Device1","300","1"],["2021-04-26T01:00:00.000Z","Device1","250","0"],["2021-04-26T01:15:00.000Z","Device1","200","1"],["2021-04-26T00:00:00.000Z","Device2","600","0"],["2021-04-26T00:30:00.000Z","Device2","400","1"],["2021-04-26T01:00:00.000Z","Device2","450","0"],["2021-04-26T01:30:00.000Z","Device2","500","1"],["2021-04-26T01:45:00.000Z","Device2","300","1"]],
  },
  "history/format-bytesfunction#1@2022-12-13": {
    kind: "docWrong",
    reason: "the page prints 19,541 KB with a thousands separator; format_bytes' page of today prints the same call as 19541 KB (format-bytes-function#1)",
    rows: [["564 Bytes","10.1 KB","19 MB","19.08 MB","19541 KB"]],
  },
  "history/geo-line-lookup-plugin#1@2025-04-09": {
    kind: "docWrong",
    reason: "the preview page of April 2025 prints the lookup's road column too; today's page adds it only with return_lookup_key = true (geo-line-lookup-plugin#1 to #3 pass it), the default being false",
    columns: ["location_name","longitude","latitude","road_name"],
    rows: [["Empire State Building","-73.98567337898565","40.74842629977377","5th Avenue NY"],["Kensington Palace","-0.1885272501232862","51.504906159672316","Palace Ave"]],
  },
  "history/geo-line-lookup-plugin#2@2025-04-09": {
    kind: "docWrong",
    reason: "the preview page of April 2025 prints the lookup's road column too; today's page adds it only with return_lookup_key = true, the default being false",
    columns: ["location_name","longitude","latitude","road_name"],
    rows: [["Empire State Building","-73.98567337898565","40.74842629977377","5th Avenue NY"],["Grand Central Terminal","-73.97713140725149","40.752730320824895",""],["Statue of Liberty","-74.04462223203123","40.689195627512674",""],["Kensington Palace","-0.1885272501232862","51.504906159672316","Palace Ave"]],
  },
  "history/geo-line-lookup-plugin#3@2025-04-09": {
    kind: "docWrong",
    reason: "the preview page of April 2025 prints the lookup's road column too; today's page adds it only with return_lookup_key = true, the default being false",
    columns: ["location_name","longitude","latitude","road_name"],
    rows: [["Empire State Building","-73.98567337898565","40.74842629977377","5th Avenue NY"],["Grand Central Terminal","-73.97713140725149","40.752730320824895","5th Avenue NY"],["Statue of Liberty","-74.04462223203123","40.689195627512674",""],["Kensington Palace","-0.1885272501232862","51.504906159672316","Palace Ave"]],
  },
  "history/geo-polygon-lookup-plugin#1@2025-04-09": {
    kind: "docWrong",
    reason: "the preview page of April 2025 prints the lookup's polygon column too; today's page adds it only with return_lookup_key = true, the default being false",
    columns: ["location_name","longitude","latitude","polygon_name"],
    rows: [["Empire State Building","-73.98567337898565","40.74842629977377","New York"],["National Museum of Mathematics","-73.98778501496217","40.743565232771545","New York"],["Eiffel Tower","2.294489426068907","48.858263476169185","Paris"]],
  },
  "history/geo-polygon-lookup-plugin#2@2025-04-09": {
    kind: "docWrong",
    reason: "the preview page of April 2025 prints the lookup's polygon column too; today's page adds it only with return_lookup_key = true, the default being false",
    columns: ["location_name","longitude","latitude","polygon_name"],
    rows: [["Empire State Building","-73.98567337898565","40.74842629977377","New York"],["NY National Museum of Mathematics","-73.98778501496217","40.743565232771545","New York"],["Eiffel Tower","2.294489426068907","48.858263476169185","Paris"],["London","-0.13245599272019604","51.49879464208368",""],["Statue of Liberty","-74.04462223203123","40.689195627512674",""]],
  },
  "history/geo-polygon-lookup-plugin#3@2025-04-09": {
    kind: "docWrong",
    reason: "the preview page of April 2025 prints the lookup's polygon column too; today's page adds it only with return_lookup_key = true, the default being false",
    columns: ["location_name","longitude","latitude","polygon_name"],
    rows: [["Empire State Building","-73.98567337898565","40.74842629977377","New York"],["NY National Museum of Mathematics","-73.98778501496217","40.743565232771545","New York"],["Eiffel Tower","2.294489426068907","48.858263476169185","Paris"],["London","-0.13245599272019604","51.49879464208368",""],["Statue of Liberty","-74.04462223203123","40.689195627512674","New York"]],
  },
  "history/graph-match-operator#1@2023-09-18": {
    kind: "docWrong",
    reason: "the page prints the columns of an earlier draft (Attacker, Compromised, System) under a query projecting five (Attacker, UsedMethod1, Compromised, UsedMethod2, TargetSystem)",
    columns: ["Attacker","UsedMethod1","Compromised","UsedMethod2","TargetSystem"],
    rows: [["Mallory","attacks","Alice","trusts","WebApp01"],["Mallory","attacks","Bob","hasPermission","WebApp01"]],
  },
  "history/hasanyindexfunction#1@2021-08-23": {
    kind: "docWrong",
    reason: "idx2: has_any_index returns the index of the lookup found, 'example' being lookups[1]; the page prints 3 (a word position); today's page (has-any-index-function#1) prints 1 for the same query",
    rows: [["0","1","-1","1","-1"]],
  },
  "history/indexoffunction#1@2018-08-29": {
    kind: "docWrong",
    reason: "idx5 = indexof(\"abcdefg\",\"cde\",-1) is printed empty: today's page documents a negative start as counted from the end (indexof-function#1), so -1 starts at g and finds nothing: -1 (as history/indexoffunction#1@2021)",
    rows: [["2","2","-1","-1","-1","4"]],
  },
  "history/indexoffunction#1@2019-03-19": {
    kind: "docWrong",
    reason: "idx5 = indexof(\"abcdefg\",\"cde\",-1) is printed empty: today's page documents a negative start as counted from the end (indexof-function#1), so -1 starts at g and finds nothing: -1 (as history/indexoffunction#1@2021)",
    rows: [["2","2","-1","-1","-1","4"]],
  },
  "history/indexofregexfunction#1@2022-12-28": {
    kind: "docWrong",
    reason: "the page's block lost its line breaks: the first `//` comment runs to the end of the query, so it prints idx1 alone; the page prints the five columns of the multi-line query",
    columns: ["idx1"],
    rows: [["0"]],
  },
  "history/isfinitefunction#1@2018-08-31": {
    kind: "docWrong",
    reason: "the page prints isfinite's bool as 0 and infinity as mojibake (-âˆž, UTF-8 read as Windows-1252); the values are the page's",
    rows: [["-1","0","-∞","false"],["0","0","NaN","false"],["1","0","∞","false"]],
  },
  "history/isinffunction#1@2018-08-31": {
    kind: "docWrong",
    reason: "the page prints isinf's bool as 0/1 and infinity as mojibake (-âˆž, UTF-8 read as Windows-1252); the values are the page's",
    rows: [["-1","0","-∞","true"],["0","0","NaN","false"],["1","0","∞","true"]],
  },
  "history/join-rightanti#1@2023-06-19": {
    kind: "docWrong",
    reason: "the page prints X's rows with no match in Y (a, 1), a leftanti's; rightanti returns Y's row with no match in X (d, 40), as today's join-rightanti page does",
    columns: ["Key","Value2"],
    rows: [["d","40"]],
  },
  "history/join-rightsemi#1@2023-06-19": {
    kind: "docWrong",
    reason: "the page prints X's matching rows (Key, Value1), a leftsemi's; rightsemi returns Y's matching rows (Key, Value2), as today's join-rightsemi page does",
    columns: ["Key","Value2"],
    rows: [["b","10"],["c","20"],["c","30"]],
  },
  "history/labels-graph-function#1@2025-05-25": {
    kind: "docWrong",
    reason: "labels() of a make-graph graph: today's page says it always returns an empty array (transient graphs carry no labels), so the where keeps no row; the page of May 2025 printed labels read from the Labels column",
    rows: [],
  },
  "history/labels-graph-function#2@2025-05-25": {
    kind: "docWrong",
    reason: "labels() of a make-graph graph: today's page says it always returns an empty array (transient graphs carry no labels), so the where keeps no row; the page of May 2025 printed labels read from the Labels column",
    rows: [],
  },
  "history/letstatement#3@2021-12-30": {
    kind: "docWrong",
    reason: "range 1 to 100 step 2 holds 50 rows; today's page (let-statement#5) prints 50 for the same query",
    columns: ["Count"],
    rows: [["50"]],
  },
  "history/map-graph-function#2@2025-02-06": {
    kind: "docWrong",
    reason: "graph-match's default cycles=unique_edges admits two 5-edge paths with inner nodes {Central, Central, South, West}: South-West, South, Central, West, Central, North and South-West, West, Central, South, Central, North; the page prints that array once, 7 rows where there are 8",
    rows: [["[57.2,68]"],["[57.2,57.2,60.8,68]"],["[57.2,57.2,68,71.6]"],["[57.2,68,69.8,71.6]"],["[57.2,68,69.8,71.6]"],["[57.2,71.6]"],["[57.2,57.2,68,71.6]"],["[57.2,57.2,60.8,71.6]"]],
  },
  "history/mv-applyoperator#3@2023-05-30": {
    kind: "docWrong",
    reason: "the first row's NewArr1 is printed [\"A2',\"A1\"] (a stray single quote); the value is [\"A2\",\"A1\"] (as today's mv-apply-operator#4)",
    columns: ["Val","Arr1","Arr2","NewArr1","newArr2"],
    rows: [["1","[\"A1\",\"A2\",\"A3\"]","[10,30,7]","[\"A2\",\"A1\"]","[30,10]"],["7","[\"B1\",\"B2\",\"B5\"]","[15,11,50]","[\"B5\",\"B1\"]","[50,15]"],["3","[\"C1\",\"C2\",\"C3\",\"C4\"]","[6,40,20,8]","[\"C2\",\"C3\"]","[40,20]"]],
  },
  "history/mvexpandoperator#2@2020-06-21": {
    kind: "docWrong",
    reason: "mv-expand of several columns gives as many rows as the longest (3 for [5, 4, 3]); the page prints 2 and drops 4 and 3; today's page (mv-expand-operator#4) prints the three rows",
    rows: [["1","{\"prop1\":\"a\"}","5"],["1","{\"prop2\":\"b\"}","4"],["1","","3"]],
  },
  "history/regex-quote-function#1@2024-09-01": {
    kind: "docWrong",
    reason: "the page doubles the backslashes (Markdown escaping): regex_quote(\"(so$me.Te^xt)\") escapes each special character with one backslash",
    rows: [["\\(so\\$me\\.Te\\^xt\\)"]],
  },
  "history/regexquotefunction#1@2021-05-31": {
    kind: "docWrong",
    reason: "the page doubles the backslashes (Markdown escaping): regex_quote(\"(so$me.Te^xt)\") escapes each special character with one backslash",
    rows: [["\\(so\\$me\\.Te\\^xt\\)"]],
  },
  "history/series-fit-line-dynamicfunction#1@2018-08-29": {
    kind: "docWrong",
    reason: "the page prints only the fit's six columns; the query keeps id, x, y and fit as well",
    columns: ["id","x","y","fit","RSquare","Slope","Variance","RVariance","Interception","LineFit"],
    rows: [[" ","[\"2024-05-31T13:00:00.0000000Z\",\"2024-05-31T14:00:00.0000000Z\",\"2024-05-31T15:00:00.0000000Z\",\"2024-05-31T16:00:00.0000000Z\",\"2024-05-31T17:00:00.0000000Z\",\"2024-05-31T18:00:00.0000000Z\",\"2024-05-31T19:00:00.0000000Z\",\"2024-05-31T20:00:00.0000000Z\",\"2024-05-31T21:00:00.0000000Z\",\"2024-05-31T22:00:00.0000000Z\",\"2024-05-31T23:00:00.0000000Z\",\"2024-06-01T00:00:00.0000000Z\"]","[2,5,6,8,11,15,17,18,25,26,30,30]","{\"rsquare\":0.982900730884447,\"slope\":2.7307692307692313,\"variance\":98.62878787878786,\"rvariance\":1.6864801864801868,\"interception\":-1.6666666666666714,\"line_fit\":[1.0641025641025599,3.794871794871791,6.525641025641022,9.256410256410254,11.987179487179485,14.717948717948715,17.44871794871795,20.17948717948718,22.91025641025641,25.641025641025642,28.371794871794872,31.102564102564102]}","0.982900730884447","2.7307692307692313","98.62878787878786","1.6864801864801868","-1.6666666666666714","[1.0641025641025599,3.794871794871791,6.525641025641022,9.256410256410254,11.987179487179485,14.717948717948715,17.44871794871795,20.17948717948718,22.91025641025641,25.641025641025642,28.371794871794872,31.102564102564102]"]],
  },
  "history/series-fit-linefunction#1@2018-08-29": {
    kind: "docWrong",
    reason: "the page prints only the fit's six columns; the query keeps id, x and y as well",
    columns: ["id","x","y","RSquare","Slope","Variance","RVariance","Interception","LineFit"],
    rows: [[" ","[\"2024-05-31T13:00:00.0000000Z\",\"2024-05-31T14:00:00.0000000Z\",\"2024-05-31T15:00:00.0000000Z\",\"2024-05-31T16:00:00.0000000Z\",\"2024-05-31T17:00:00.0000000Z\",\"2024-05-31T18:00:00.0000000Z\",\"2024-05-31T19:00:00.0000000Z\",\"2024-05-31T20:00:00.0000000Z\",\"2024-05-31T21:00:00.0000000Z\",\"2024-05-31T22:00:00.0000000Z\",\"2024-05-31T23:00:00.0000000Z\",\"2024-06-01T00:00:00.0000000Z\"]","[2,5,6,8,11,15,17,18,25,26,30,30]","0.982900730884447","2.7307692307692313","98.62878787878786","1.6864801864801868","-1.6666666666666714","[1.0641025641025599,3.794871794871791,6.525641025641022,9.256410256410254,11.987179487179485,14.717948717948715,17.44871794871795,20.17948717948718,22.91025641025641,25.641025641025642,28.371794871794872,31.102564102564102]"]],
  },
  "history/sha1-hash-function#1@2021-07-28": {
    kind: "docWrong",
    reason: "the page prints hash_sha1(\"World\") twice: h2 hashes datetime(2020-01-01), another input",
    rows: [["70c07ec18ef89c5309bbb0937f3a6342411e1fdd","e903e533f4d636b4fc0dcf3cf81e7b7f330de776"]],
  },
  "history/stringsizefunction#2@2018-08-31": {
    kind: "docWrong",
    reason: "the page's string is mojibake (\"â’¦â’°â’®â’¯â’ª\": ⒦⒰⒮⒯⒪ read as Windows-1252), 15 characters of 35 UTF-8 bytes; the page's 15 is the size of the 5 intended characters",
    rows: [["35"]],
  },
  "history/strlenfunction#2@2018-08-27": {
    kind: "docWrong",
    reason: "the page's string is mojibake (\"â’¦â’°â’®â’¯â’ª\": ⒦⒰⒮⒯⒪ read as Windows-1252), 15 characters; the page's 5 counts the intended characters",
    columns: ["print_0"],
    rows: [["15"]],
  },
  "history/strlenfunction#2@2018-08-31": {
    kind: "docWrong",
    reason: "the page's string is mojibake (\"â’¦â’°â’®â’¯â’ª\": ⒦⒰⒮⒯⒪ read as Windows-1252), 15 characters; the page's 5 counts the intended characters",
    rows: [["15"]],
  },
  "history/summarizeoperator#1@2018-08-27": {
    kind: "docWrong",
    reason: "the page of 2018 prints every aggregate of no rows empty; today's page (summarize-operator#1) prints avg NaN and stdev, sum, sumif, variance 0",
    columns: ["any_x","max_x","max_x_x","min_x","min_x_x","avg_x","schema_x","max_x1","min_x1","percentile_x_55","hll_x","stdev_x","sum_x","sumif_x","tdigest_x","variance_x"],
    rows: [["","","","","","NaN","","","","","","0","0","0","","0"]],
  },
  "history/summarizeoperator#1@2018-08-29": {
    kind: "docWrong",
    reason: "the page of 2018 prints every aggregate of no rows empty; today's page (summarize-operator#1) prints avg NaN and stdev, sum, sumif, variance 0",
    rows: [["","","","","","NaN","","","","","","0","0","0","","0"]],
  },
  "history/summarizeoperator#1@2019-03-19": {
    kind: "docWrong",
    reason: "the page of 2019 prints every aggregate of no rows empty; today's page (summarize-operator#1) prints avg NaN and stdev, sum, sumif, variance 0",
    rows: [["","","","","","NaN","","","","","","0","0","0","","0"]],
  },
  "history/summarizeoperator#1@2020-04-27": {
    kind: "docWrong",
    reason: "the page of 2020 prints every aggregate of no rows empty; today's page (summarize-operator#1) prints avg NaN and stdev, sum, sumif, variance 0",
    columns: ["any_x","x","x1","x2","x3","avg_x","schema_x","max_x","min_x","percentile_x_55","hll_x","stdev_x","sum_x","sumif_x","tdigest_x","variance_x"],
    rows: [["","","","","","NaN","","","","","","0","0","0","","0"]],
  },
  "history/summarizeoperator#1@2022-11-09": {
    kind: "docWrong",
    reason: "the page prints every aggregate of no rows empty; today's page (summarize-operator#1) prints avg NaN and stdev, sum, sumif, variance 0",
    columns: ["x","x1","x2","x3","x4","avg_x","schema_x","max_x","min_x","percentile_x_55","hll_x","stdev_x","sum_x","sumif_x","tdigest_x","variance_x"],
    rows: [["","","","","","NaN","","","","","","0","0","0","","0"]],
  },
  "history/summarizeoperator#1@2022-11-13": {
    kind: "docWrong",
    reason: "the page prints every aggregate of no rows empty; today's page (summarize-operator#1) prints avg NaN and stdev, sum, sumif, variance 0",
    columns: ["x","x1","x2","x3","x4","avg_x","schema_x","max_x","min_x","percentile_x_55","hll_x","stdev_x","sum_x","sumif_x","tdigest_x","variance_x"],
    rows: [["","","","","","NaN","","","","","","0","0","0","","0"]],
  },
  "history/summarizeoperator#1@2022-11-24": {
    kind: "docWrong",
    reason: "the page prints avg of no rows empty; today's page (summarize-operator#1) prints NaN",
    rows: [["","","","NaN","","","","","","0","0","0","","0"]],
  },
  "history/toutf8function#2@2019-01-16": {
    kind: "docWrong",
    reason: "the page prints 9 numbers, 'K', 'u', 's', 't', 'o' (75, 117, 115, 116, 111) interleaved with 45 ('-'), none of the Hebrew letters' code points; to_utf8 returns every character's code point",
    rows: [["[1511,1493,1505,1496,1493,32,45,32,75,117,115,116,111]"]],
  },
  "history/trim-end-function#3@2024-06-18": {
    kind: "docWrong",
    reason: "print gives one row; the page prints two, and string_to_trim trimmed though the query prints it as it is (leading and trailing blanks)",
    rows: [["    Hello, world!    ","    Hello, world!"]],
  },
  "history/trim-function#1@2024-01-22": {
    kind: "docWrong",
    reason: "the page's cells are Markdown autolinks (<https://bing.com>): the angle brackets are the renderer's, not the value's",
    rows: [["--https://bing.com--","https://bing.com"]],
  },
  "history/trim-function#1@2024-04-23": {
    kind: "docWrong",
    reason: "the page prints the output of another input (--<https://bing.com-->--) in Markdown autolink brackets; trim(\"--\", \"--https://bing.com--\") is https://bing.com",
    rows: [["--https://bing.com--","https://bing.com"]],
  },
};
