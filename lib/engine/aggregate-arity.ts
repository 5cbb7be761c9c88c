/**
 * Aggregate calls the analyzer accepts but the reference does not document. The count page documents
 * only `count()`; Kusto's language service also binds `count(predicate)` (a bool argument) as a hidden,
 * obsolete signature pointing to countif(). Counting every row regardless of the argument would be a
 * silently wrong answer if the service treats it as countif, and treating it as countif would be a
 * guess, so the form is refused by name (published queries write countif(), or count() alone).
 */
export function aggregateArityRefusal(name: string, argumentCount: number): string | undefined {
  if (name === "count" && argumentCount > 0) return "count() with an argument (an undocumented, obsolete form: write countif(predicate) or count())";
  return undefined;
}
