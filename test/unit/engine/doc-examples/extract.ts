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
import { type Extracted, SETS, notKept, pageCandidates } from "./page-examples";

const OUT = "--out=";
const outDir = process.argv.find((a) => a.startsWith(OUT))?.slice(OUT.length);
const [repo, commit = "HEAD", only] = process.argv.slice(2).filter((a) => !a.startsWith(OUT));
const git = (...args: string[]) => execFileSync("git", ["--git-dir", repo, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });

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
    for (const { query, columns, rows } of pageCandidates(set, git("show", `${commit}:${file}`))) {
      const why = notKept(ws, set, page, query);
      if (why) {
        ({ sandboxed, notSelfContained, needsCluster })[why.list].push(why.line);
        continue;
      }
      const n = out.filter((o) => o.page === page).length + 1;
      out.push({ id: `${page}#${n}`, page, query, columns, rows });
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
