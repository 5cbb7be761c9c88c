/**
 * Every version any page of the query reference or the functions library ever had, not sampled
 * commits: extract-history.ts reads 25 commits, and an example that lived only between two of them is
 * missed. Lists each distinct (blob, path) the docs' history ever wrote under the two folders, parses
 * each version's worked examples (page-examples.ts, as extract.ts does), and keeps those whose
 * whitespace-normalised query with its output is in none of cases.json, cases-fl.json and the
 * sampled commits' cases of cases-history.json. Each is kept once, from the latest version holding it
 * (the text closest to today's), id "history/<page>#n@<YYYY-MM-DD>" (n: its number among that
 * version's kept examples; the date: the first commit writing that version), and appended to
 * cases-history.json, replacing this script's earlier output (ids with a full date), so that it can
 * be re-run after extract-history.ts. Run:
 * npx tsx test/unit/engine/doc-examples/extract-versions.ts <docs-repo>
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Workspace } from "../../../../lib/dataset/workspace";
import { type Candidate, type DocSet, SETS, notKept, oldLayoutFlaw, pageCandidates } from "./page-examples";

interface Case extends Candidate {
  id: string;
  page: string;
  commit?: string;
}

/** This script's ids: a full date after the @ (extract-history.ts's are a year, or a year and month). */
const OWN = /@\d{4}-\d{2}-\d{2}(-[0-9a-f]{7})?$/;

/**
 * Blocks of older layouts whose table is not their output, by id (extract-history.ts's NOT_OUTPUT for
 * the versions it did not sample). Each is listed in the file's `leftOutVersions`.
 */
const NOT_OUTPUT: Readonly<Record<string, string>> = {
  "history/bin-at-function#4@2024-04-16": "a table row of expression and result, fenced as a query",
  "history/binfunction#1@2020-03-31": "a formula fragment followed by a table of expressions and results",
  "history/countoffunction#1@2020-03-31": "two boolean expressions followed by a table of expressions and results",
  "history/extractallfunction#1@2018-08-27": "a syntax example followed by the arguments table",
  "history/extractallfunction#1@2020-06-15": "a syntax example followed by the arguments table",
  "history/format-datetimefunction#1@2019-03-19": "a format call followed by the table of format specifiers",
  "history/format-datetimefunction#1@2019-10-22": "a format call followed by the table of format specifiers",
  "history/format-timespanfunction#1@2019-03-19": "a format call followed by the table of format specifiers",
  "history/format-timespanfunction#1@2019-10-22": "a format call followed by the table of format specifiers",
  "history/isemptyfunction#1@2020-03-31": "an expression followed by a table of inputs and results",
  "history/isnullfunction#1@2018-09-17": "an expression followed by a table of inputs and results",
  "history/isnullfunction#1@2020-05-17": "an expression followed by a table of inputs and results",
  "history/mvexpandoperator#1@2018-09-03": "a syntax fragment (mvexpand D, D2) followed by a table of inputs",
  "history/packfunction#1@2022-02-13-5d0726a": "a pack() call followed by the output table of the page's next example",
  "history/packfunction#1@2022-02-13-827e5af": "a pack() call followed by the output table of the page's next example",
  "history/packfunction#1@2022-03-06": "a pack() call followed by the output table of the page's next example",
  "history/packfunction#1@2022-08-30": "a pack() call followed by the output table of the page's next example",
  "history/parsecsvfunction#1@2023-01-08": "an array printed over several lines (<br>) with its quotes left unescaped",
  "history/parseoperator#1@2019-03-19": "a syntax template (<regex1> var1:string ...) followed by a table of inputs",
  "history/parsepathfunction#1@2018-08-27": "the output's bag printed over several lines, one row cut to its first line",
  "history/parsepathfunction#1@2018-09-03": "the output's bag printed over several lines, one row cut to its first line",
  "history/punycode-from-string#2@2023-05-30": "a header row of tab-separated names: one column",
  "history/renderoperator#1@2018-10-24": "a chart query followed by the table of render's properties",
  "history/renderoperator#1@2020-07-02": "a chart query followed by the table of render's properties",
  "history/scan-operator#6@2023-08-13": "a scan query followed by the table of its matching states, not its output",
  "history/series-iirfunction#1@2018-08-27": "the page prints the first 4 of the 10 rows",
  "history/series-iirfunction#1@2018-08-29": "the page prints the first 4 of the 10 rows",
  "history/series-iirfunction#1@2019-01-16": "the page prints the first 4 of the 10 rows",
  "history/weekofyearfunction#1@2020-03-31": "an expression followed by a table of inputs and results",
};

const started = Date.now();
const [repo] = process.argv.slice(2);
const here = path.dirname(new URL(import.meta.url).pathname);
const git = (args: string[], input?: string) => execFileSync("git", ["--git-dir", repo, ...args], { encoding: "utf8", maxBuffer: 1 << 30, input });
const norm = (q: string) => q.replace(/\s+/g, " ").trim();
const key = (c: Candidate) => JSON.stringify([norm(c.query), c.columns.map(norm), c.rows.map((r) => r.map(norm))]);
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(here, file), "utf8")) as { cases: Case[] } & Record<string, unknown>;

const history = read("cases-history.json");
const sampled = history.cases.filter((c) => !OWN.test(c.id));
const seen = new Set([...read("cases.json").cases, ...read("cases-fl.json").cases, ...sampled].map(key));

/**
 * Each version: the page, its set, and the first commit writing it (sha and date). Merges' own diffs
 * are included (-m): a version first written by resolving a merge is a version too.
 */
interface Version {
  blob: string;
  page: string;
  set: DocSet;
  commit: string;
  date: string;
}
const versions = new Map<string, Version>();
const log = git(["log", "--all", "-m", "--no-renames", "--raw", "--no-abbrev", "--format=@%H %cI", "--", ...SETS.map((s) => s.dir)]);
let commit = "";
let date = "";
for (const line of log.split("\n")) {
  if (line.startsWith("@")) [commit, date] = line.slice(1).split(" ");
  const m = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]{40}) [AMT]\t(.+)$/.exec(line);
  if (!m) continue;
  const [, blob, file] = m;
  const set = SETS.find((s) => file.startsWith(s.dir) && s.pages.test(file.slice(s.dir.length)));
  if (!set || /^0+$/.test(blob)) continue;
  const id = `${blob} ${file}`;
  // The log runs newest first: the last commit seen writing a version is the first to have written it.
  const page = set.prefix + file.slice(set.dir.length, -3);
  const prev = versions.get(id);
  if (!prev || date <= prev.date) versions.set(id, { blob, page, set, commit, date: date.slice(0, 10) });
}

/** The blobs' texts at once (git cat-file --batch); a blob the mirror lacks is counted, not fatal. */
function texts(blobs: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const raw = execFileSync("git", ["--git-dir", repo, "cat-file", "--batch"], { input: `${blobs.join("\n")}\n`, maxBuffer: 2 ** 31 - 1 });
  let at = 0;
  while (at < raw.length) {
    const eol = raw.indexOf(10, at);
    const [sha, type, size] = raw.subarray(at, eol).toString("utf8").split(" ");
    at = eol + 1;
    if (type !== "blob") continue; // "<sha> missing"
    out.set(sha, raw.subarray(at, at + Number(size)).toString("utf8"));
    at += Number(size) + 1;
  }
  return out;
}
const blobs = texts([...new Set([...versions.values()].map((v) => v.blob))]);

/** The latest version holding each unseen example; the example's number within that version. */
const found = new Map<string, { c: Case; date: string }>();
const ws = new Workspace();
const verdicts = new Map<string, ReturnType<typeof notKept>>();
const left = new Map<string, string>();
let missing = 0;
for (const v of versions.values()) {
  const text = blobs.get(v.blob);
  if (text === undefined) {
    missing++;
    continue;
  }
  let n = 0;
  for (const cand of pageCandidates(v.set, text)) {
    const verdictKey = `${v.set.prefix}\n${v.page}\n${cand.query}`;
    if (!verdicts.has(verdictKey)) verdicts.set(verdictKey, notKept(ws, v.set, v.page, cand.query));
    if (verdicts.get(verdictKey)) continue;
    n++;
    const k = key(cand);
    if (seen.has(k)) continue;
    const prev = found.get(k);
    if (prev && prev.date > v.date) continue;
    const c: Case = { id: `history/${v.page}#${n}@${v.date}`, page: v.page, query: cand.query, columns: cand.columns, rows: cand.rows, commit: v.commit };
    const flaw = NOT_OUTPUT[c.id] ?? NOT_OUTPUT[`${c.id}-${v.commit.slice(0, 7)}`] ?? oldLayoutFlaw(c);
    // A text left out in one version is left out in all: its other versions' ids are not listed.
    if (flaw) {
      left.set(k, `${c.id}: ${flaw}`);
      found.delete(k);
      continue;
    }
    if (left.has(k)) continue;
    // Same date: the later commit of the day wins, so that the choice does not depend on the log's order.
    if (prev && prev.date === v.date && (prev.c.commit ?? "") > v.commit) continue;
    found.set(k, { c, date: v.date });
  }
}

// Two versions of a page written the same day can give an example the same id: the commit tells them apart.
const fresh = [...found.values()].map((f) => f.c);
const ids = new Map<string, number>();
for (const c of fresh) ids.set(c.id, (ids.get(c.id) ?? 0) + 1);
for (const c of fresh) if ((ids.get(c.id) ?? 0) > 1) c.id += `-${(c.commit ?? "").slice(0, 7)}`;
const cases = [...sampled, ...fresh].sort((a, b) => a.id.localeCompare(b.id));
const allVersions = `${versions.size} distinct page versions (${missing} absent from the mirror)`;
const json = { ...history, versions: allVersions, leftOutVersions: [...left.values()].sort(), cases };
fs.writeFileSync(path.join(here, "cases-history.json"), `${JSON.stringify(json, null, 1)}\n`);
console.log(`${allVersions}: ${fresh.length} examples in no suite (${left.size} left out) -> cases-history.json, ${((Date.now() - started) / 1000).toFixed(1)} s`);
