/**
 * Collects the Kusto reference's worked examples (a ```kusto block, then its **Output** table) from
 * a checkout of MicrosoftDocs/dataexplorer-docs into cases.json: page, query, documented columns and
 * cells as the page prints them. Only self-contained examples are kept (datatable/print/range/let;
 * no cluster tables). Run: npx tsx test/unit/engine/doc-examples/extract.ts <docs-repo> [commit]
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Workspace } from "../../../../lib/dataset/workspace";
import { analyze } from "../../../../lib/engine/run-query";

const [repo, commit = "HEAD"] = process.argv.slice(2);
const git = (...args: string[]) => execFileSync("git", ["--git-dir", repo, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
const DIR = "data-explorer/kusto/query/";
const files = git("ls-tree", "-r", "--name-only", commit, DIR)
  .split("\n")
  .filter((f) => /^data-explorer\/kusto\/query\/([a-z0-9-]+\/)?[a-z0-9-]+\.md$/.test(f));

function cells(line: string): string[] {
  let s = line.trim();
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, "|").replace(/^`(.*)`$/, "$1"));
}

const isSeparator = (l: string) => /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(l);

interface Extracted {
  /** page#n: the n-th kept example of the page (1-based). */
  id: string;
  page: string;
  query: string;
  columns: string[];
  rows: string[][];
}

const out: Extracted[] = [];
const ws = new Workspace();
for (const file of files) {
  const text = git("show", `${commit}:${file}`).replace(/\r/g, "");
  const page = file.slice(DIR.length, -3);
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^```kusto\s*$/.test(lines[i].trim())) continue;
    let j = i + 1;
    const body: string[] = [];
    while (j < lines.length && lines[j].trim() !== "```") body.push(lines[j++]);
    const query = body.join("\n").trim();
    // The output table must follow before the next code block or heading.
    let k = j + 1;
    while (k < lines.length && !lines[k].startsWith("```") && !/^#{1,3} /.test(lines[k]) && !isSeparator(lines[k])) k++;
    if (k >= lines.length || !isSeparator(lines[k]) || k - 1 <= j) continue;
    const header = cells(lines[k - 1]);
    const rows: string[][] = [];
    for (let r = k + 1; r < lines.length && lines[r].includes("|") && lines[r].trim() !== ""; r++) rows.push(cells(lines[r]));
    if (rows.length === 0 || rows.some((r) => r.length !== header.length) || rows.some((r) => r.some((c) => c === "..." || c === "…"))) continue;
    if (/\.\.\.|…/.test(query) || query.length === 0) continue;
    try {
      const plan = analyze(ws, query);
      if (plan.errors.length > 0) continue; // cluster tables, plugins with side data, ...
    } catch {
      continue;
    }
    const n = out.filter((o) => o.page === page).length + 1;
    out.push({ id: `${page}#${n}`, page, query, columns: header, rows });
  }
}
const target = path.join(path.dirname(new URL(import.meta.url).pathname), "cases.json");
fs.writeFileSync(target, `${JSON.stringify({ source: `MicrosoftDocs/dataexplorer-docs@${git("rev-parse", commit).trim()}`, cases: out }, null, 1)}\n`);
console.log(`${out.length} self-contained examples from ${files.length} pages -> ${target}`);
