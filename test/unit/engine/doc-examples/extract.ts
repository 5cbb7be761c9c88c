/**
 * Collects the Kusto documentation's worked examples (a kusto code block, then its **Output** table)
 * from a checkout of MicrosoftDocs/dataexplorer-docs: the query reference (data-explorer/kusto/query/)
 * into cases.json, the functions library (data-explorer/kusto/functions-library/, ids prefixed "fl/")
 * into cases-fl.json. Each case: page, query, documented columns and cells as the page prints them.
 * Only self-contained examples are kept (datatable/print/range/let; no cluster tables, no stored
 * functions). Of the reference's examples that Microsoft's analyzer rejects, only those that need the
 * help cluster are left out (cluster-needs.ts), each listed with its reason in cases.json's
 * `needsCluster`; the others are kept, so that the test holds each to Kusto's answer or a refusal by
 * name rather than the analyzer's error. Run: npx tsx test/unit/engine/doc-examples/extract.ts
 * <docs-repo> [commit] [query|functions-library] [--out=<dir>] (the third argument: only that directory's
 * file is rewritten; --out: the files go to <dir> instead of beside this script, as extract-history.ts
 * uses it for earlier commits of the docs).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Workspace } from "../../../../lib/dataset/workspace";
import type { KDiagnostic } from "../../../../lib/engine/kusto";
import { analyze } from "../../../../lib/engine/run-query";
import { TAB, fencedBlocks } from "./blocks";
import { clusterNeed } from "./cluster-needs";

const OUT = "--out=";
const outDir = process.argv.find((a) => a.startsWith(OUT))?.slice(OUT.length);
const [repo, commit = "HEAD", only] = process.argv.slice(2).filter((a) => !a.startsWith(OUT));
const git = (...args: string[]) => execFileSync("git", ["--git-dir", repo, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });

function cells(line: string): string[] {
  let s = line.trim();
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, "|").replace(/^`(.*)`$/, "$1"));
}

const isSeparator = (l: string) => /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(l);
/** A table's separator, not the `---` line closing a group of tabs. */
const isTableSeparator = (l: string) => l.includes("|") && isSeparator(l);

/** A code block's query and the line of the separator under its Output table's header. */
interface Block {
  query: string;
  separator: number;
}

/** The reference's pages: a ```kusto block whose table follows before the next code block or heading. */
function referenceBlocks(lines: string[]): Block[] {
  const found: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```kusto\s*$/.test(lines[i].trim())) continue;
    let j = i + 1;
    const body: string[] = [];
    while (j < lines.length && lines[j].trim() !== "```") body.push(lines[j++]);
    let k = j + 1;
    while (k < lines.length && !lines[k].startsWith("```") && !/^#{1,3} /.test(lines[k]) && !isSeparator(lines[k])) k++;
    if (k >= lines.length || !isSeparator(lines[k]) || k - 1 <= j) continue;
    found.push({ query: body.join("\n").trim(), separator: k });
  }
  return found;
}

/**
 * The functions library's pages put each example in tabs: "Query-defined" (the `let f = (...) {...};`
 * definition, then the query) and "Stored" (the same query over a stored function, not self-contained),
 * closed by a `---` line, then one **Output** table for both. Blocks of fences ``` and ~~~ alike.
 */
function libraryBlocks(lines: string[]): Block[] {
  const found: Block[] = [];
  for (const { body, tab, end: j } of fencedBlocks(lines)) {
    if (tab === "stored") continue;
    // The table: past the other tabs of this example, before the next example's block or heading.
    let inTab = tab;
    let k = j + 1;
    for (; k < lines.length && !isTableSeparator(lines[k]); k++) {
      const tk = TAB.exec(lines[k]);
      if (tk) inTab = tk[1];
      else if (/^#{1,4} /.test(lines[k])) break;
      if (lines[k].trim() === "---") inTab = "";
      const f = /^(```|~~~)/.exec(lines[k].trim());
      if (!f) continue;
      if (inTab !== "stored") break;
      for (k++; k < lines.length && lines[k].trim() !== f[1]; k++);
    }
    if (k >= lines.length || !isTableSeparator(lines[k])) continue;
    found.push({ query: body, separator: k });
  }
  return found;
}

interface Extracted {
  /** page#n: the n-th kept example of the page (1-based). */
  id: string;
  page: string;
  query: string;
  columns: string[];
  rows: string[][];
}

const SETS = [
  { dir: "data-explorer/kusto/query/", pages: /^([a-z0-9-]+\/)?[a-z0-9-]+\.md$/, prefix: "", file: "cases.json", blocks: referenceBlocks },
  { dir: "data-explorer/kusto/functions-library/", pages: /^[a-z0-9-]+\.md$/, prefix: "fl/", file: "cases-fl.json", blocks: libraryBlocks },
];

/** Plugins that run code the engine cannot (Python/R sandboxes): listed, never kept as cases. */
const SANDBOX = /\|\s*evaluate\s+(python|r)\s*\(/i;

const sha = git("rev-parse", commit).trim();
const ws = new Workspace();
for (const set of SETS.filter((s) => !only || s.dir.endsWith(`/${only}/`))) {
  const files = git("ls-tree", "-r", "--name-only", commit, set.dir)
    .split("\n")
    .filter((f) => f.startsWith(set.dir) && set.pages.test(f.slice(set.dir.length)));
  const out: Extracted[] = [];
  const sandboxed: string[] = [];
  const notSelfContained: string[] = [];
  const needsCluster: string[] = [];
  for (const file of files) {
    const page = set.prefix + file.slice(set.dir.length, -3);
    const lines = git("show", `${commit}:${file}`).replace(/\r/g, "").split("\n");
    for (const { query, separator: k } of set.blocks(lines)) {
      const header = cells(lines[k - 1]);
      const rows: string[][] = [];
      for (let r = k + 1; r < lines.length && lines[r].includes("|") && lines[r].trim() !== ""; r++) rows.push(cells(lines[r]));
      if (rows.length === 0 || rows.some((r) => r.length !== header.length) || rows.some((r) => r.some((c) => c === "..." || c === "…"))) continue;
      if (/\.\.\.|…/.test(query) || query.length === 0) continue;
      if (set.prefix && SANDBOX.test(query)) {
        sandboxed.push(page);
        continue;
      }
      let errors: KDiagnostic[];
      try {
        errors = analyze(ws, query).errors;
      } catch (e) {
        errors = [{ severity: "Error", code: "thrown", message: (e as Error).message, start: 0, length: 0 }];
      }
      if (errors.length > 0 && set.prefix) {
        notSelfContained.push(`${page}: ${errors[0].code} ${errors[0].message}`);
        continue; // cluster tables, plugins with side data, ...
      }
      const need = errors.length > 0 ? clusterNeed(page, query, errors) : undefined;
      if (need) {
        needsCluster.push(`${page}: ${need}`);
        continue;
      }
      const n = out.filter((o) => o.page === page).length + 1;
      out.push({ id: `${page}#${n}`, page, query, columns: header, rows });
    }
  }
  const target = path.join(outDir ?? path.dirname(new URL(import.meta.url).pathname), set.file);
  const json: Record<string, unknown> = { source: `MicrosoftDocs/dataexplorer-docs@${sha}` };
  // The library's examples left out, by page, so that the count of what is not checked stays visible:
  // those running Python/R code, and those Microsoft's analyzer rejects (cluster tables such as
  // ML_Models, or constructs it does not accept, e.g. a non-literal datetime_diff() part: KS131).
  if (set.prefix) Object.assign(json, { sandboxPlugin: sandboxed, analyzerErrors: notSelfContained });
  // The reference's examples left out because they need the help cluster (its tables, databases, graph
  // models, control commands), each with the reason: the count of what is not checked stays visible.
  else Object.assign(json, { needsCluster });
  fs.writeFileSync(target, `${JSON.stringify({ ...json, cases: out }, null, 1)}\n`);
  console.log(`${out.length} self-contained examples from ${files.length} pages -> ${target}`);
  if (set.prefix) console.log(`  left out: ${sandboxed.length} needing evaluate python()/r(), ${notSelfContained.length} rejected by the analyzer (cluster tables, ...)`);
  else console.log(`  left out: ${needsCluster.length} needing the help cluster`);
}
