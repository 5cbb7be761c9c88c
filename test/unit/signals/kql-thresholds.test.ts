import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { EDGE_ERROR_RATIO, EVICTED_SHARE } from "@/lib/signals/incidents/evaluate";
import { catalogQueries } from "@/lib/signals";
import { ORIGIN_ERROR_RATIO } from "@/lib/signals/origin-health/blindness";

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** Fractional literals written into query text by hand (comments left out): each should be a named constant passed through `kql`. */
function handWrittenFractions(file: string): string[] {
  const code = fs
    .readFileSync(path.join(ROOT, file), "utf8")
    .split("\n")
    .map((line, i) => ({ line: line.replace(/\/\/.*$/, ""), i }))
    .filter(({ line }) => !/^\s*(\*|\/\*)/.test(line));
  // 1000.0 and friends are unit conversions, not thresholds.
  return code.flatMap(({ line, i }) => [...line.matchAll(/(?<![\w.])0\.\d+/g)].map((m) => `${file}:${i + 1}: ${m[0]}`));
}

describe("thresholds in KQL are the TypeScript constants", () => {
  it("no query module writes a ratio threshold as a literal", () => {
    const dir = path.join(ROOT, "lib/signals");
    const files = fs.readdirSync(dir).flatMap((d) => (fs.existsSync(path.join(dir, d, "query.ts")) ? [`lib/signals/${d}/query.ts`] : []));
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap(handWrittenFractions)).toEqual([]);
  });

  it("the catalog's KQL carries the constants' values where the signals compare ratios", () => {
    const kql = catalogQueries(loadConfigFile("config/demo.json"))
      .map((q) => q.kql)
      .join("\n");
    expect(kql).toContain(`bad >= real(${ORIGIN_ERROR_RATIO}) * requests`);
    expect(kql).toContain(`edgeBad >= real(${EDGE_ERROR_RATIO}) * edgeTotal`);
    expect(kql).toContain(`originTotal >= real(${EVICTED_SHARE}) * edgeTotal`);
  });
});
