/**
 * Collects the Kusto documentation's self-contained examples that are NOT worked cases (cases.json,
 * cases-fl.json): every ```kusto block of data-explorer/kusto/query/ and functions-library/ that
 * Microsoft's analyzer accepts over an empty workspace (datatable/print/range/let; no cluster tables,
 * no stored functions) but whose output the page prints in no comparable Output table (no table at
 * all, a JSON block, a sentence, a chart, or a table cut short with "..."). Writes runs.json: each
 * block's page, query and the text that follows it up to the next block or heading (where a page
 * states the output in another form). doc-examples-runs.test.ts runs them: each must run or be
 * refused by name. Run: npx tsx test/unit/engine/doc-examples/extract-runs.ts <docs-repo> [commit]
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Workspace } from "../../../../lib/dataset/workspace";
import { analyze } from "../../../../lib/engine/run-query";
import { FENCE, fencedBlocks } from "./blocks";

const [repo, commit = "HEAD"] = process.argv.slice(2);
const git = (...args: string[]) => execFileSync("git", ["--git-dir", repo, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
const here = path.dirname(new URL(import.meta.url).pathname);
const ws = new Workspace();

interface Block {
  query: string;
  /** What the page says after the block, before the next code block or heading (trimmed, capped). */
  after: string;
}

/** Every kusto block of a page outside a "Stored" tab (those call a stored function). */
function blocks(lines: string[]): Block[] {
  const found: Block[] = [];
  for (const { body, tab, end } of fencedBlocks(lines)) {
    if (tab === "stored") continue;
    const after: string[] = [];
    let inner = false;
    for (let k = end + 1; k < lines.length && after.length < 40; k++) {
      if (!inner && (FENCE.test(lines[k].trim()) || /^#{1,4} /.test(lines[k]))) break;
      if (/^(```|~~~)/.test(lines[k].trim())) inner = !inner;
      after.push(lines[k]);
    }
    found.push({ query: body, after: after.join("\n").trim() });
  }
  return found;
}

interface Run {
  /** page#n: the n-th kept block of the page (1-based); page#n.k: line k of a block listing expressions. */
  id: string;
  page: string;
  query: string;
  after: string;
  /** The one cell a listed line states: its trailing comment (`round(2.15, 1) // 2.2`), or true for `x == y`. */
  cell?: string;
}

/** Where a line's `//` comment starts, outside string literals; -1 when it has none. */
function commentAt(line: string): number {
  let quote = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\" && quote !== "@") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "/" && line[i + 1] === "/") return i;
  }
  return -1;
}

/**
 * A block listing one expression per line (the round page's `round(2.15, 1)   // 2.2`, the tobool
 * page's `tobool(1) == true`) is no query as a whole; each line is an example. Undefined unless every
 * line is a query the analyzer accepts on its own.
 */
function listedLines(query: string): { query: string; cell?: string }[] | undefined {
  const lines = query.split("\n").filter((l) => l.trim() !== "" && !l.trim().startsWith("//"));
  if (lines.length < 2) return undefined;
  const out = lines.map((l) => {
    const at = commentAt(l);
    const expr = (at < 0 ? l : l.slice(0, at)).trim();
    const comment = at < 0 ? "" : l.slice(at + 2).split("//")[0].trim();
    const cell = comment !== "" && !/\s/.test(comment) ? comment : /^[^=]*[^=!<>]==[^=]*$/.test(expr) ? "true" : undefined;
    return { query: expr, cell };
  });
  return out.every((o) => accepted(o.query)) ? out : undefined;
}

const firstError = (query: string): { code: string; message: string } | undefined => {
  try {
    return analyze(ws, query).errors[0];
  } catch (e) {
    return { code: "thrown", message: (e as Error).message };
  }
};
const accepted = (query: string): boolean => firstError(query) === undefined;

/**
 * Analyzer errors that only say a name is not known here: a cluster's table, database, function,
 * materialized view, stored query result or graph model, or a placeholder of the page (KS142).
 */
const UNKNOWN_NAME = new Set(["KS204", "KS208", "KS210", "KS211", "KS248", "KS260", "KS142"]);

const SETS = [
  { dir: "data-explorer/kusto/query/", pages: /^([a-z0-9-]+\/)?[a-z0-9-]+\.md$/, prefix: "" },
  { dir: "data-explorer/kusto/functions-library/", pages: /^[a-z0-9-]+\.md$/, prefix: "fl/" },
];

const known = new Set<string>();
for (const f of ["cases.json", "cases-fl.json"]) {
  for (const c of JSON.parse(fs.readFileSync(path.join(here, f), "utf8")).cases as { query: string }[]) known.add(c.query);
}

const sha = git("rev-parse", commit).trim();
const out: Run[] = [];
const analyzerRejected: string[] = [];
const counts = { blocks: 0, cases: 0, management: 0, elided: 0, notSelfContained: 0, listed: 0 };
for (const set of SETS) {
  const files = git("ls-tree", "-r", "--name-only", commit, set.dir)
    .split("\n")
    .filter((f) => f.startsWith(set.dir) && set.pages.test(f.slice(set.dir.length)));
  for (const file of files) {
    const page = set.prefix + file.slice(set.dir.length, -3);
    const lines = git("show", `${commit}:${file}`).replace(/\r/g, "").split("\n");
    const seen = new Set<string>();
    for (const { query, after } of blocks(lines)) {
      counts.blocks++;
      if (known.has(query)) {
        counts.cases++;
        continue;
      }
      // Management commands (.create function, .set ...) need a cluster; "..." marks an excerpt.
      if (query.length === 0 || /^\s*\./.test(query)) {
        counts.management++;
        continue;
      }
      if (/\.\.\.|…/.test(query)) {
        counts.elided++;
        continue;
      }
      if (seen.has(query)) continue; // a page repeating a block (tabs) is one example
      seen.add(query);
      const n = new Set(out.filter((o) => o.page === page).map((o) => o.id.replace(/\.\d+$/, ""))).size + 1;
      if (!accepted(query)) {
        const listed = listedLines(query);
        if (!listed) {
          counts.notSelfContained++;
          // Any other error may be a documented form the bundled analyzer does not accept: listed, so that
          // these examples stay visible though nothing runs them.
          const err = firstError(query);
          if (err && !UNKNOWN_NAME.has(err.code)) analyzerRejected.push(`${page}: ${err.code} ${err.message}`);
          continue;
        }
        counts.listed++;
        listed.forEach((l, k) => out.push({ id: `${page}#${n}.${k + 1}`, page, query: l.query, after: "", ...(l.cell === undefined ? {} : { cell: l.cell }) }));
        continue;
      }
      out.push({ id: `${page}#${n}`, page, query, after: after.slice(0, 2000) });
    }
  }
}
const target = path.join(here, "runs.json");
fs.writeFileSync(target, `${JSON.stringify({ source: `MicrosoftDocs/dataexplorer-docs@${sha}`, counts, analyzerRejected, blocks: out }, null, 1)}\n`);
console.log(`${out.length} self-contained blocks that are not cases -> ${target}`, counts);
