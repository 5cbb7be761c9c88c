/**
 * Deprecated function names the Kusto reference still lists, each on its function's page, which published
 * queries keep using (Sentinel community queries, Azure Monitor workbooks):
 * - datetime_part (datetime-part-function page): "Deprecated aliases: datepart()".
 * - column_ifexists (column-ifexists-function page): "Deprecated aliases: columnifexists()".
 * - unicode_codepoints_from_string (its page): "Deprecated aliases: to_utf8()"; the docs of 2022 show
 *   to_utf8's own examples, which cases-history.json runs.
 * - arg_max/arg_min (their pages): "Deprecated aliases: argmax()", "argmin()"; the analyzer still names
 *   the alias's columns the old way (max_x, max_x_y), and the engine takes the analyzer's names.
 * The pages give no difference in behaviour, so the analyzer's symbol is renamed to the function's own name
 * where the tree is built (kusto.ts), and every rule written for the function holds for its alias too.
 *
 * make_set's alias makeset() is not one of these: its page says "the deprecated version has a default
 * maxSize limit of 128", so it is an aggregate of its own (aggregates.ts).
 */
export const DEPRECATED_ALIASES: Readonly<Record<string, string>> = {
  datepart: "datetime_part",
  columnifexists: "column_ifexists",
  to_utf8: "unicode_codepoints_from_string",
  argmax: "arg_max",
  argmin: "arg_min",
};

/** The name rules are written for: a deprecated alias's function, any other name as it is. */
export const canonicalFunctionName = (name: string): string => DEPRECATED_ALIASES[name] ?? name;
