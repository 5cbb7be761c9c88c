/**
 * variance()/stdev()/covariance() of values close together far from 0 (found by the differential
 * fuzzer, fuzz.test.ts). The variance-aggregation-function page defines the sample variance as
 * Σ(x − mean)² / (n − 1) (variancep: / n); the sum-of-squares form Σx² − (Σx)²/n the engine used gave 0
 * for 1e9 + 0.5, 1e9 + 1.5 (the answer is 0.5) and lost digits for 1000, 1000.1, 1000.2.
 */
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine/run-query";

const row = (q: string) => runQuery(new Workspace(), q).rows[0];
const near = (actual: unknown, expected: number) => expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));

describe("variance, stdev, covariance far from 0", () => {
  it("two values a unit apart around 1e9", () => {
    const [v, vp, s, sp] = row("datatable(x:real)[1000000000.5, 1000000001.5] | summarize variance(x), variancep(x), stdev(x), stdevp(x)");
    expect(v).toBe(0.5);
    expect(vp).toBe(0.25);
    near(s, Math.SQRT1_2);
    expect(sp).toBe(0.5);
  });

  it("1000, 1000.1, 1000.2: the exact variance of those doubles to 12 digits", () => {
    // Exact over the doubles nearest 1000.1 and 1000.2 (rational arithmetic): 0.010000000000004547.
    const [v, c] = row("datatable(x:real)[1000.0, 1000.1, 1000.2] | summarize variance(x), covariance(x, x)");
    near(v, 0.010000000000004547);
    near(c, 0.010000000000004547);
  });

  it("by group, with varianceif and covariancep", () => {
    const rows = runQuery(new Workspace(), 'datatable(k:string, x:real, y:real)["a", 1e9, 2e9, "a", 1000000002.0, 2000000004.0, "b", 5.0, 1.0] | summarize vi = varianceif(x, x > 0), cp = covariancep(x, y) by k | order by k asc').rows;
    expect(rows).toEqual([
      ["a", 2, 2],
      ["b", 0, 0],
    ]);
  });
});
