/**
 * Collects worked examples from earlier versions of the Kusto docs that the current ones no longer
 * hold: examples since rewritten or removed (other inputs, other functions) are documented Kusto
 * behaviour the project has not been tuned on. Runs extract.ts over four commits a year (into a
 * scratch folder: cases.json and cases-fl.json stay as they are), keeps the examples whose query
 * (whitespace-normalised) is in neither current file, and writes cases-history.json, ids
 * "history/<page>#n@<year>" or "@<year>-12" (n: the example's number on that page at that commit) with
 * the source commit. An example found at several commits with the same query and output is kept once:
 * from the latest mid-year commit holding it (the text closest to today's), else the latest December
 * one, else the latest March/September one (so that a set of commits added later renamed no case). Run:
 * npx tsx test/unit/engine/doc-examples/extract-history.ts <docs-repo>
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { oldLayoutFlaw } from "./page-examples";

/**
 * One commit near mid-year, 2020 to 2025 (ids "@year"), then one at each year's end (ids "@year-12"),
 * then March and September (ids "@year-03", "@year-09"), each set added later: an example that lived
 * between two of them is still missed. cases.json holds August 2026's.
 */
const COMMITS: readonly (readonly [string, string])[] = [
  ["e8f8f011", "2020"],
  ["f70c9ec6", "2021"],
  ["556dd7f9", "2022"],
  ["5e5626b2", "2023"],
  ["01d819e6", "2024"],
  ["82f6c95e", "2025"],
  ["ca48e7ee", "2020-12"],
  ["260f8979", "2021-12"],
  ["58e5ade5", "2022-12"],
  ["cd318512", "2023-12"],
  ["50d1c18f", "2024-12"],
  ["42c53761", "2025-12"],
  ["efe23801", "2020-03"],
  ["66b12343", "2020-09"],
  ["140743cd", "2021-03"],
  ["b9d7e863", "2021-09"],
  ["bdf7814d", "2022-03"],
  ["28f722c0", "2022-09"],
  ["65a3e405", "2023-03"],
  ["91e6abe3", "2023-09"],
  ["761c60f9", "2024-03"],
  ["f31650a9", "2024-09"],
  ["904ac419", "2025-03"],
  ["0aab7c63", "2025-09"],
  ["ff54d23f", "2026-03"],
];

interface Case {
  id: string;
  page: string;
  query: string;
  columns: string[];
  rows: string[][];
  commit?: string;
}

/**
 * Blocks of the older layouts whose table is not their output, by id: the extractor's rule (the first
 * table after a kusto block) was written for today's pages. Each is listed in the file's `leftOut`.
 */
const NOT_OUTPUT: Readonly<Record<string, string>> = {
  "history/binfunction#1@2020": "a formula fragment ((toint((value/roundTo))) * roundTo) followed by a table of expressions and results",
  "history/countoffunction#1@2020": "two boolean expressions followed by a table of expressions and results",
  "history/extractallfunction#1@2020": "a syntax example followed by the arguments table",
  "history/isemptyfunction#1@2020": "an expression followed by a table of inputs and results",
  "history/isnullfunction#1@2020": "an expression followed by a table of inputs and results",
  "history/weekofyearfunction#1@2020": "an expression followed by a table of inputs and results",
  "history/renderoperator#1@2020": "a chart query followed by the table of render's properties",
  "history/packfunction#1@2020": "a pack() call followed by the output table of the page's next example",
  "history/packfunction#1@2021": "a pack() call followed by the output table of the page's next example",
  "history/packfunction#1@2022": "a pack() call followed by the output table of the page's next example",
};

/** Why an older example is left out, or undefined: kept. */
function leftOut(c: Case): string | undefined {
  return NOT_OUTPUT[c.id] ?? oldLayoutFlaw(c);
}

const [repo] = process.argv.slice(2);
const here = path.dirname(new URL(import.meta.url).pathname);
const norm = (q: string) => q.replace(/\s+/g, " ").trim();
const read = (file: string) => (JSON.parse(fs.readFileSync(file, "utf8")) as { cases: Case[] }).cases;

const seen = new Set([...read(path.join(here, "cases.json")), ...read(path.join(here, "cases-fl.json"))].map((c) => norm(c.query)));
const byText = new Map<string, Case>();
const left = new Map<string, string>();
/** The set a commit belongs to: 0 mid-year, 1 December, 2 March/September. */
const tier = (label: string) => (!label.includes("-") ? 0 : label.endsWith("-12") ? 1 : 2);
const tiers = new Map<string, number>();
const perCommit: string[] = [];
for (const [short, label] of COMMITS) {
  const sha = execFileSync("git", ["--git-dir", repo, "rev-parse", short], { encoding: "utf8" }).trim();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "doc-history-"));
  execFileSync("npx", ["tsx", path.join(here, "extract.ts"), repo, sha, `--out=${dir}`], { stdio: "ignore" });
  const unseen = [...read(path.join(dir, "cases.json")), ...read(path.join(dir, "cases-fl.json"))].filter((c) => !seen.has(norm(c.query)));
  fs.rmSync(dir, { recursive: true });
  perCommit.push(`${label} ${sha.slice(0, 8)}: ${unseen.length} unseen`);
  for (const c of unseen) {
    const kept = { ...c, id: `history/${c.id}@${label}`, commit: sha };
    const key = JSON.stringify([norm(c.query), c.columns, c.rows]);
    const why = leftOut(kept);
    // A set added later renames no case: it keeps only what no earlier set holds.
    const t = tier(label);
    if ((tiers.get(key) ?? t) < t) continue;
    tiers.set(key, t);
    if (why) left.set(key, `${kept.id}: ${why}`);
    else byText.set(key, kept);
  }
}
const cases = [...byText.values()].sort((a, b) => a.id.localeCompare(b.id));
const leftOutList = [...left.values()].sort();
const json = { source: `MicrosoftDocs/dataexplorer-docs@${COMMITS.map(([c]) => c).join(",")}`, perCommit, leftOut: leftOutList, cases };
fs.writeFileSync(path.join(here, "cases-history.json"), `${JSON.stringify(json, null, 1)}\n`);
console.log(`${perCommit.join("\n")}\n${cases.length} distinct unseen examples -> cases-history.json (${leftOutList.length} left out)`);
