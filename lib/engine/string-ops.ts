/** Kusto's string predicates: `has` is term-based and case-insensitive; `_cs` variants are not. */
import type { Value } from "../dataset/columns";
import { toKustoString } from "./value-ops";

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;

/** Whether `needle` occurs in `hay` starting and ending on term boundaries (alphanumeric runs). */
export function hasTerm(hay: string, needle: string, caseSensitive: boolean): boolean {
  if (needle === "") return true;
  const h = caseSensitive ? hay : hay.toLowerCase();
  const n = caseSensitive ? needle : needle.toLowerCase();
  const startAlnum = isAlnum(n.charCodeAt(0));
  const endAlnum = isAlnum(n.charCodeAt(n.length - 1));
  for (let at = h.indexOf(n); at !== -1; at = h.indexOf(n, at + 1)) {
    const before = at === 0 || !startAlnum || !isAlnum(h.charCodeAt(at - 1));
    const after = at + n.length >= h.length || !endAlnum || !isAlnum(h.charCodeAt(at + n.length));
    if (before && after) return true;
  }
  return false;
}

function hasPrefixTerm(hay: string, needle: string, cs: boolean): boolean {
  const h = cs ? hay : hay.toLowerCase();
  const n = cs ? needle : needle.toLowerCase();
  for (let at = h.indexOf(n); at !== -1; at = h.indexOf(n, at + 1)) if (at === 0 || !isAlnum(h.charCodeAt(at - 1))) return true;
  return false;
}

function hasSuffixTerm(hay: string, needle: string, cs: boolean): boolean {
  const h = cs ? hay : hay.toLowerCase();
  const n = cs ? needle : needle.toLowerCase();
  for (let at = h.indexOf(n); at !== -1; at = h.indexOf(n, at + 1)) {
    if (at + n.length >= h.length || !isAlnum(h.charCodeAt(at + n.length))) return true;
  }
  return false;
}

type StrPred = (a: string, b: string) => boolean;

const lower = (s: string) => s.toLowerCase();

/** Predicates keyed by SyntaxKind of the binary expression. */
export const STRING_PREDICATES: Record<string, StrPred> = {
  EqualTildeExpression: (a, b) => lower(a) === lower(b),
  BangTildeExpression: (a, b) => lower(a) !== lower(b),
  HasExpression: (a, b) => hasTerm(a, b, false),
  NotHasExpression: (a, b) => !hasTerm(a, b, false),
  HasCsExpression: (a, b) => hasTerm(a, b, true),
  NotHasCsExpression: (a, b) => !hasTerm(a, b, true),
  HasPrefixExpression: (a, b) => hasPrefixTerm(a, b, false),
  NotHasPrefixExpression: (a, b) => !hasPrefixTerm(a, b, false),
  HasPrefixCsExpression: (a, b) => hasPrefixTerm(a, b, true),
  NotHasPrefixCsExpression: (a, b) => !hasPrefixTerm(a, b, true),
  HasSuffixExpression: (a, b) => hasSuffixTerm(a, b, false),
  NotHasSuffixExpression: (a, b) => !hasSuffixTerm(a, b, false),
  HasSuffixCsExpression: (a, b) => hasSuffixTerm(a, b, true),
  NotHasSuffixCsExpression: (a, b) => !hasSuffixTerm(a, b, true),
  ContainsExpression: (a, b) => lower(a).includes(lower(b)),
  NotContainsExpression: (a, b) => !lower(a).includes(lower(b)),
  ContainsCsExpression: (a, b) => a.includes(b),
  NotContainsCsExpression: (a, b) => !a.includes(b),
  StartsWithExpression: (a, b) => lower(a).startsWith(lower(b)),
  NotStartsWithExpression: (a, b) => !lower(a).startsWith(lower(b)),
  StartsWithCsExpression: (a, b) => a.startsWith(b),
  NotStartsWithCsExpression: (a, b) => !a.startsWith(b),
  EndsWithExpression: (a, b) => lower(a).endsWith(lower(b)),
  NotEndsWithExpression: (a, b) => !lower(a).endsWith(lower(b)),
  EndsWithCsExpression: (a, b) => a.endsWith(b),
  NotEndsWithCsExpression: (a, b) => !a.endsWith(b),
};

/** String form of an operand for string predicates (dynamic strings unwrap, numbers print). */
export function asText(v: Value, type: string | undefined): string {
  return toKustoString(v, type);
}
