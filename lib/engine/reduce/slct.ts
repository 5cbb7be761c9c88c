/**
 * The clustering behind `reduce` (reduce-operator page). The page says the operator is "largely
 * based on" Vaarandi's SLCT: words are (position, term) pairs, a word is frequent when at least a
 * support share of the rows hold it, each row's candidate is the set of its frequent words, and a
 * candidate held by enough rows is a group whose pattern keeps the frequent words and puts `*` for
 * the rest; rows of no group are "others". Which details Kusto adds is not documented, so each rule
 * below is the simplest one that gives the page's worked examples (reduce-operator#1, #3, #4; #2 is
 * refused, see operator.ts), and says why:
 *
 * - Support: threshold × rows, but never below 2 rows. #3 (10 rows, threshold 0.1: support 1) puts
 *   every "fooZ<n>" in "others": a term seen in one row describes no group.
 * - A term made only of digits is never frequent. #1 (threshold 0.001 over 1000 rows: support 2) gives
 *   one group "MachineLearning*" although each digit after the X is held by ~100 rows, far above the
 *   support; SLCT alone would give ten groups. Treating numbers as variable is the one rule that
 *   gives that answer and keeps a repeated word such as the page's "Moscow" a group of its own.
 * - Pattern text: a run of separators that is the same in every row of the group is kept verbatim
 *   (the page's "San *", "* -on- *"), except that `*` absorbs a neighbouring run made of the
 *   `characters=` separators (#1 "MachineLearning*" from "MachineLearningX4", #4 "foo*" from
 *   "fooZ1"). Everything that differs between the group's rows becomes one `*`, so the pattern, read
 *   as a wildcard pattern, matches every row of its group.
 * - A value with no term at all (the empty string) belongs to no group: nothing describes it.
 * - Order: groups in the order their first row appears, "others" last; the representative is the
 *   group's first row (#4 prints "fooZ1", the first of its ten rows).
 */

/** A value cut into terms and the separator runs around them (`gaps.length === terms.length + 1`). */
export interface Tokens {
  terms: string[];
  gaps: string[];
}

export interface ReduceGroup {
  pattern: string;
  count: number;
  representative: string;
}

const OTHERS = "others";
const ALNUM = /[\p{L}\p{Nd}]/u;
const DIGITS = /^[0-9]+$/;

/** Default separators (no `characters=`): every character that is not a letter or a digit. */
export function tokenize(value: string, separators?: ReadonlySet<string>): Tokens {
  const terms: string[] = [];
  const gaps: string[] = [];
  let term = "";
  let gap = "";
  for (const ch of value) {
    const sep = separators ? separators.has(ch) : !ALNUM.test(ch);
    if (sep) {
      if (term) {
        terms.push(term);
        term = "";
      }
      gap += ch;
    } else {
      if (!term) {
        gaps.push(gap);
        gap = "";
      }
      term += ch;
    }
  }
  if (term) terms.push(term);
  gaps.push(gap);
  return { terms, gaps };
}

const wordKey = (pos: number, term: string) => `${pos}\u0000${term}`;

export function reduceValues(values: readonly string[], threshold: number, separators?: ReadonlySet<string>): ReduceGroup[] {
  const n = values.length;
  const tokens = values.map((v) => tokenize(v, separators));
  const support = Math.max(2, threshold * n);
  const counts = new Map<string, number>();
  for (const t of tokens) t.terms.forEach((term, p) => DIGITS.test(term) || counts.set(wordKey(p, term), (counts.get(wordKey(p, term)) ?? 0) + 1));
  const frequent = (p: number, term: string) => (counts.get(wordKey(p, term)) ?? 0) >= support;

  const candidates = new Map<string, number[]>();
  tokens.forEach((t, row) => {
    const key = t.terms.map((term, p) => (frequent(p, term) ? wordKey(p, term) : "")).filter(Boolean).join("\u0001");
    const rows = candidates.get(key);
    if (rows) rows.push(row);
    else candidates.set(key, [row]);
  });

  const groups: ReduceGroup[] = [];
  let others = 0;
  for (const [key, rows] of candidates) {
    if (key === "" || rows.length < support) {
      others += rows.length;
      continue;
    }
    const pattern = patternText(rows.map((r) => tokens[r]), frequent, separators);
    groups.push({ pattern, count: rows.length, representative: values[rows[0]] });
  }
  if (others > 0) groups.push({ pattern: OTHERS, count: others, representative: "" });
  return groups;
}

const WILD = null;

/** The group's pattern: kept terms and same-in-every-row gaps verbatim, everything else one `*`. */
function patternText(rows: readonly Tokens[], kept: (p: number, term: string) => boolean, separators?: ReadonlySet<string>): string {
  let minLen = Infinity;
  let maxLen = 0;
  for (const t of rows) {
    minLen = Math.min(minLen, t.terms.length);
    maxLen = Math.max(maxLen, t.terms.length);
  }
  const first = rows[0];
  const sameGap = (g: number) => rows.every((t) => t.gaps[g] === first.gaps[g]);
  const parts: (string | typeof WILD)[] = [];
  for (let p = 0; p < maxLen; p++) {
    parts.push(p <= minLen && sameGap(p) ? first.gaps[p] : WILD);
    parts.push(p < minLen && kept(p, first.terms[p]) ? first.terms[p] : WILD);
  }
  parts.push(minLen === maxLen && sameGap(maxLen) ? first.gaps[maxLen] : WILD);
  // The characters= separators next to a `*` belong to it (reduce-operator#1, #4).
  const custom = (s: string | null) => s !== null && separators !== undefined && s !== "" && [...s].every((ch) => separators.has(ch));
  let out = "";
  let lastWild = false;
  parts.forEach((s, k) => {
    if (s === "") return;
    const wild = s === WILD || (custom(s) && (parts[k - 1] === WILD || parts[k + 1] === WILD));
    if (wild && !lastWild) out += "*";
    else if (!wild) out += s;
    lastWild = wild;
  });
  return out;
}
