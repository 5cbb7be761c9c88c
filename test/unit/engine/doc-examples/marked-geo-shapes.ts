/** Marks of the geo shape pages (distances, polygons, lines, lookups): page typos, each with the reason. */
import type { Mark } from "./marked";

export const GEO_SHAPE_MARKS: Record<string, Mark> = {
  "geo-line-densify-function#1": {
    kind: "docWrong",
    reason: "tostring() prints the dynamic's compact JSON, as example #2 of the same page shows ({\"type\":\"LineString\",\"coordinates\":[[50,50],...]}); the page pasted the input text instead, with spaces and 40.796860, a trailing zero no double prints",
    rows: [["{\"type\":\"LineString\",\"coordinates\":[[-73.949247,40.79686],[-73.973017,40.764323]]}"]],
  },
  "geo-polygon-centroid-function#3": {
    kind: "docWrong",
    reason: "the page's cell lost the opening brace of the GeoJSON object; the numbers are kept as printed",
    rows: [["{\"type\": \"Point\", \"coordinates\": [-73.968569587829577, 40.776310752555119]}"]],
  },
  "geo-polygon-lookup-plugin#1": {
    kind: "docWrong",
    reason: "this example's locations table names the museum \"National Museum of Mathematics\"; the output table prints \"NY National Museum of Mathematics\", the name examples #2 and #3 use in their input",
    rows: [
      ["National Museum of Mathematics", "-73.9877850149622", "40.7435652327715", "New York", "{\"type\":\"Polygon\",\"coordinates\":[[[-73.97375470114766,40.74300078124614],[-73.98653921014294,40.75486501361894],[-73.99910622331992,40.74112695466084],[-73.97375470114766,40.74300078124614]]]}"],
      ["Empire State Building", "-73.9856733789857", "40.7484262997738", "New York", "{\"type\":\"Polygon\",\"coordinates\":[[[-73.97375470114766,40.74300078124614],[-73.98653921014294,40.75486501361894],[-73.99910622331992,40.74112695466084],[-73.97375470114766,40.74300078124614]]]}"],
      ["Eiffel Tower", "2.29448942606891", "48.8582634761692", "Paris", "{\"type\":\"Polygon\",\"coordinates\":[[[2.57564669886321,48.769567764921337],[2.420098611499384,49.05163394896812],[2.1016783119165725,48.80113794475062],[2.57564669886321,48.769567764921337]]]}"],
    ],
  },
  "geo-polygon-to-s2cells-function#1": {
    kind: "docWrong",
    reason: "the Polygons table describes the first polygon as \"New York\"; the output table prints \"New York city\", a description no input row has",
    rows: [
      ["-73.95", "40.75", "New York"],
      ["-122.3", "47.6", "Seattle"],
      ["-115.18", "36.16", "Las Vegas"],
    ],
  },
};
