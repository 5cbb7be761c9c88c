import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, ROOT, sourceFiles } from "./imports";

/**
 * Statuses are computed once, in lib/, and travel in the snapshot; components and routes only render
 * them. This fails when a component or route compares a value with a threshold: a comparison against
 * a fractional literal (0.25, 0.8) or against anything named like a threshold, budget, target or
 * limit, or an import of a signal module's constants. A line may opt out with `// not-a-threshold: why`.
 */
const THRESHOLDISH = /(threshold|budget|target|limit|warnpercent|breachpercent|allowed)/i;
const COMPARISON = /(?:[\w.?)\]]+)\s*(?:<=|>=|<|>)\s*(?:[\w.?(]+)/g;
const OPT_OUT = /\/\/ not-a-threshold: \S/;

export function thresholdComparisons(source: string): string[] {
  const out: string[] = [];
  source.split("\n").forEach((line, i) => {
    if (OPT_OUT.test(line) || /^\s*(\/\/|\*|\/\*)/.test(line)) return;
    // JSX and generics also use < and >: only expressions with an operand on both sides count.
    for (const m of line.matchAll(COMPARISON)) {
      const [left, right] = m[0].split(/\s*(?:<=|>=|<|>)\s*/);
      const fractional = (s: string) => /^\(?0\.\d+\)?$/.test(s) || /^\d+\.\d+$/.test(s);
      if (fractional(left) || fractional(right) || THRESHOLDISH.test(left) || THRESHOLDISH.test(right)) out.push(`${i + 1}: ${line.trim()}`);
    }
  });
  return out;
}

describe("components and routes only render statuses", () => {
  const files = [...sourceFiles("components"), ...sourceFiles("app"), ...sourceFiles("hooks")];

  it("finds the comparisons it is meant to find (self-check)", () => {
    expect(thresholdComparisons("const c = budget < 0.25 ? 'warn' : 'ok';")).toHaveLength(1);
    expect(thresholdComparisons("if (lag > pair.budgetSeconds) bad();")).toHaveLength(1);
    expect(thresholdComparisons("return cpu >= thresholds.warnPercent;")).toHaveLength(1);
    expect(thresholdComparisons("const ok = value >= target;")).toHaveLength(1);
    expect(thresholdComparisons("elapsed / budget > 0.8")).toHaveLength(1);
    expect(thresholdComparisons("if (rows.length > 0) show(); <Tile<Props> a={1} />")).toEqual([]);
    expect(thresholdComparisons("x > limit // not-a-threshold: pagination")).toEqual([]);
  });

  it("has no comparison of a value with a threshold in components/, app/ or hooks/", () => {
    const found = files.flatMap((f) => thresholdComparisons(fs.readFileSync(path.join(ROOT, f), "utf8")).map((hit) => `${f}:${hit}`));
    expect(found).toEqual([]);
  });

  it("imports no signal module into components/ (they get statuses from the snapshot)", () => {
    const wrong = sourceFiles("components").flatMap((f) => importsOf(f).filter((t) => t.startsWith("lib/signals")).map((t) => `${f} -> ${t}`));
    expect(wrong).toEqual([]);
  });
});
