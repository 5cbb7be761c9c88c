/**
 * Aggregate calls the analyzer accepts but the reference does not document. The count page documents
 * `count()`, and the summarize page `count(expr)` of a non-bool expression: `summarize count(y)` counts
 * every row, "the standard count function includes null values in its count" (its example gives 2 for
 * one null and one 5), and names the column count_y. Kusto's language service also binds
 * `count(predicate)` (a bool argument) as a hidden, obsolete signature pointing to countif(). Counting
 * every row regardless of a predicate would be a silently wrong answer if the service treats it as
 * countif, and treating it as countif would be a guess, so that form is refused by name.
 */
export function aggregateArityRefusal(name: string, argumentCount: number, firstArgumentType?: string): string | undefined {
  if (name === "count" && argumentCount > 0 && firstArgumentType === "bool") return "count() with a bool argument (an undocumented, obsolete form: write countif(predicate) or count())";
  return undefined;
}
