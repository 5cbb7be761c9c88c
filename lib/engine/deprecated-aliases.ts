/**
 * Deprecated function names the Kusto reference still lists, each on its function's page, which published
 * queries keep using (Sentinel community queries, Azure Monitor workbooks):
 * - datetime_part (datetime-part-function page): "Deprecated aliases: datepart()".
 * - column_ifexists (column-ifexists-function page): "Deprecated aliases: columnifexists()".
 * - unicode_codepoints_from_string (its page): "Deprecated aliases: to_utf8()"; the docs of 2022 show
 *   to_utf8's own examples, which cases-history.json runs.
 * - arg_max/arg_min (their pages): "Deprecated aliases: argmax()", "argmin()"; the analyzer still names
 *   the alias's columns the old way (max_x, max_x_y), and the engine takes the analyzer's names.
 * - array_length, base64_decode_tostring, base64_encode_tostring, extract_all, isnotempty, isnotnull,
 *   parse_json (parsejson, toobject, todynamic), parse_url, parse_urlquery, totimespan: each page's
 *   "Deprecated aliases:" line (arraylength(), base64_decodestring(), ..., totime()).
 * The pages give no difference in behaviour, so the analyzer's symbol is renamed to the function's own name
 * where the tree is built (kusto.ts), and every rule written for the function holds for its alias too.
 *
 * make_set's alias makeset() and make_list's makelist() are not among these: their pages say "the
 * deprecated version has a default maxSize limit of 128", so each is an aggregate of its own
 * (aggregates.ts), as make_bag's make_dictionary() (aggregates-more.ts). take_anyif's anyif() is an
 * aggregate entry too (aggregates are looked up by the name written). weekofyear() is not an alias:
 * week_of_year's page calls it "an obsolete variant ... not ISO 8601 compliant" without saying which
 * day its weeks start on, so it stays refused.
 */
export const DEPRECATED_ALIASES: Readonly<Record<string, string>> = {
  datepart: "datetime_part",
  columnifexists: "column_ifexists",
  to_utf8: "unicode_codepoints_from_string",
  argmax: "arg_max",
  argmin: "arg_min",
  arraylength: "array_length",
  base64_decodestring: "base64_decode_tostring",
  base64_encodestring: "base64_encode_tostring",
  extractall: "extract_all",
  notempty: "isnotempty",
  notnull: "isnotnull",
  parsejson: "parse_json",
  toobject: "parse_json",
  todynamic: "parse_json",
  parseurl: "parse_url",
  parseurlquery: "parse_urlquery",
  totime: "totimespan",
};

/** The name rules are written for: a deprecated alias's function, any other name as it is. */
export const canonicalFunctionName = (name: string): string => DEPRECATED_ALIASES[name] ?? name;
