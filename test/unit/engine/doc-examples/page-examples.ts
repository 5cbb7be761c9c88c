/**
 * A docs page's worked examples, parsed from its text: shared by extract.ts (the pages of one commit)
 * and extract-versions.ts (every version a page ever had). Only the parsing and the keep/leave-out rule;
 * reading git is the callers'.
 */
import type { Workspace } from "../../../../lib/dataset/workspace";
import type { KDiagnostic } from "../../../../lib/engine/kusto";
import { analyze } from "../../../../lib/engine/run-query";
import { TAB, fencedBlocks } from "./blocks";
import { clusterNeed } from "./cluster-needs";

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

export interface Extracted {
  /** page#n: the n-th kept example of the page (1-based). */
  id: string;
  page: string;
  query: string;
  columns: string[];
  rows: string[][];
}

export const SETS = [
  { dir: "data-explorer/kusto/query/", pages: /^([a-z0-9-]+\/)?[a-z0-9-]+\.md$/, prefix: "", file: "cases.json", blocks: referenceBlocks },
  { dir: "data-explorer/kusto/functions-library/", pages: /^[a-z0-9-]+\.md$/, prefix: "fl/", file: "cases-fl.json", blocks: libraryBlocks },
];

/** Plugins that run code the engine cannot (Python/R sandboxes): listed, never kept as cases. */
export const SANDBOX = /\|\s*evaluate\s+(python|r)\s*\(/i;

export type DocSet = (typeof SETS)[number];

/** A block's query with the table under it: what a page prints, before the self-contained check. */
export interface Candidate {
  query: string;
  columns: string[];
  rows: string[][];
}

/** The page's kusto blocks that have a complete output table (no elided cell, no elided query). */
export function pageCandidates(set: DocSet, text: string): Candidate[] {
  const lines = text.replace(/\r/g, "").split("\n");
  const out: Candidate[] = [];
  for (const { query, separator: k } of set.blocks(lines)) {
    const header = cells(lines[k - 1]);
    const rows: string[][] = [];
    for (let r = k + 1; r < lines.length && lines[r].includes("|") && lines[r].trim() !== ""; r++) rows.push(cells(lines[r]));
    if (rows.length === 0 || rows.some((r) => r.length !== header.length) || rows.some((r) => r.some((c) => c === "..." || c === "…"))) continue;
    if (/\.\.\.|…/.test(query) || query.length === 0) continue;
    out.push({ query, columns: header, rows });
  }
  return out;
}

/** Why a candidate is not kept as a case (the list it goes to and the line), or undefined: kept. */
export function notKept(ws: Workspace, set: DocSet, page: string, query: string): { list: "sandboxed" | "notSelfContained" | "needsCluster"; line: string } | undefined {
  if (set.prefix && SANDBOX.test(query)) return { list: "sandboxed", line: page };
  let errors: KDiagnostic[];
  try {
    errors = analyze(ws, query).errors;
  } catch (e) {
    errors = [{ severity: "Error", code: "thrown", message: (e as Error).message, start: 0, length: 0 }];
  }
  // The library's: cluster tables, plugins with side data, ...
  if (errors.length > 0 && set.prefix) return { list: "notSelfContained", line: `${page}: ${errors[0].code} ${errors[0].message}` };
  const need = errors.length > 0 ? clusterNeed(page, query, errors) : undefined;
  return need ? { list: "needsCluster", line: `${page}: ${need}` } : undefined;
}

/** Why an example of an older page's layout is no worked example, or undefined (extract-history/-versions). */
export function oldLayoutFlaw(c: Candidate): string | undefined {
  // An unclosed fence merges two blocks and the prose between them (format_bytes/_datetime/_ipv4 in 2025).
  if (c.query.includes("```")) return "two code blocks merged by an unclosed fence";
  // A cell elided inside (`[ ... ... ... ]`), not only a whole "..." cell as pageCandidates checks.
  if (c.rows.some((r) => r.some((cell) => /\.\.\.|…/.test(cell)))) return "a cell cut short with ...";
  return undefined;
}
