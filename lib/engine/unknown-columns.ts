/**
 * Columns the analyzer cannot know: `evaluate bag_unpack()` (and other plugins whose output columns
 * come from the data) inside a join's side or under project-away. The analyzer's schema for such an
 * operator lists only the columns it knows, so the engine cannot take names from it positionally;
 * it applies the operator's own rules to the columns it really has instead (tokenize_fl's page:
 * `T | join (T | ... | evaluate bag_unpack(cols)) on _rid | project-away _rid, _rid1`).
 */
import type { KNode } from "./kusto";
import { listElements, childOf, nameOf } from "./syntax";
import type { EColumn, ETable } from "./table";
import { matchesWildcard, wildcardPattern } from "./union-wildcard";

/**
 * The join page: a right column named like a left one is renamed (`_rid` → `_rid1`); the analyzer
 * numbers on (`v1`, `v2`, ...) past the names the joined columns already have (a right side holding
 * v and v1 gives v2 and v1), and so does this.
 */
export function uniqueColumnNames(table: ETable): ETable {
  const all = new Set(table.columns.map((c) => c.name));
  const taken = new Set<string>();
  let changed = false;
  const columns = table.columns.map((c) => {
    let name = c.name;
    for (let k = 1; taken.has(name); k++) {
      name = `${c.name}${k}`;
      if (all.has(name)) name = c.name;
    }
    taken.add(name);
    if (name === c.name) return c;
    changed = true;
    return { name, type: c.type, view: c.view };
  });
  return changed ? { length: table.length, columns } : table;
}

/**
 * project-away over an input with columns the analyzer does not know of: the input's columns in
 * order, less those the list names (a name or a wildcard); undefined when the analyzer knows them all.
 */
export function projectAwayUnknown(op: KNode, input: ETable, known: readonly string[]): ETable | undefined {
  if (op.cls !== "ProjectAwayOperator") return undefined;
  const patterns = listElements(childOf(op, "SyntaxList")).map((e) => wildcardPattern(e) ?? nameOf(e));
  const away = (c: EColumn) => patterns.some((p) => matchesWildcard(p, c.name));
  const columns = input.columns.filter((c) => !away(c));
  if (columns.length === known.length || !known.every((n) => columns.some((c) => c.name === n))) return undefined;
  return { length: input.length, columns };
}
