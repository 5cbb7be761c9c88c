/**
 * What README and docs/ tell a user to type works: every npm script they name exists, every flag
 * they pass a CLI is one its parser accepts (and every flag a parser accepts is documented and in
 * its usage), every benchmark and scenario they name exists, every /api route and page they name is
 * served, and every route served is documented.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SIGNAL_MODULES } from "@/lib/signals";
import { SCENARIO_NAMES } from "@/lib/simulator";
import { allDocs, DOC_PAGES, docText, tableAfter } from "./docs-text";

const docs = allDocs();
const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;

/** The CLIs that read options with parseCliArgs (lib/params/cli-args.ts), by the name docs run them with. */
const CLIS = { snapshot: "scripts/snapshot.ts", kql: "scripts/kql.ts", simulate: "scripts/simulate.ts", doctor: "scripts/doctor.ts", alerts: "scripts/alerts.ts", "check-config": "scripts/check-config.ts" } as const;
type Cli = keyof typeof CLIS;

/** The option names of a script's parseCliArgs call: the keys of the object literal it passes. */
function parserOptions(file: string): string[] {
  const src = readFileSync(file, "utf8");
  const from = src.indexOf("{", src.indexOf("parseCliArgs("));
  let depth = 0;
  let end = from;
  for (; end < src.length; end++) {
    if (src[end] === "{") depth++;
    else if (src[end] === "}" && --depth === 0) break;
  }
  return [...src.slice(from + 1, end).matchAll(/"?([a-z][a-z-]*)"?:\s*\{\s*type:/g)].map((m) => m[1]);
}
const usageOf = (file: string): string => /const USAGE =\s*`([^`]*)`|const USAGE =\s*"([^"]*)"/.exec(readFileSync(file, "utf8"))?.slice(1).join("") ?? "";
const flagsIn = (text: string): string[] => [...text.matchAll(/(?<![\w-])--([a-z][a-z-]*[a-z])/g)].map((m) => m[1]);

/** Every place the docs run a CLI: the command and the rest of its line (code lines joined at a trailing `\`). */
const invocations: { cli: string; page: string; args: string }[] = DOC_PAGES.flatMap((page) => {
  const text = docText(page).replace(/\\\n\s*/g, " ");
  return [
    ...[...text.matchAll(/npm run (?:-s )?([a-z0-9:-]+)([^`\n]*)/g)].map((m) => ({ cli: m[1], page, args: m[2] })),
    ...[...text.matchAll(/scripts\/check-config\.ts([^`\n]*)/g)].map((m) => ({ cli: "check-config", page, args: m[1] })),
  ];
});

describe("commands in README and docs/", () => {
  it("found the commands", () => {
    expect(invocations.length).toBeGreaterThan(40);
    for (const cli of Object.keys(CLIS)) expect(invocations.some((i) => i.cli === cli), cli).toBe(true);
  });

  it("every `npm run NAME` is a script of package.json", () => {
    expect(invocations.filter((i) => i.cli !== "check-config" && !(i.cli in scripts)).map((i) => `${i.page}: npm run ${i.cli}`)).toEqual([]);
    expect([...docs.matchAll(/`npm (test|start)\b/g)].length).toBeGreaterThan(0);
  });

  it("every flag passed to a CLI is one its parser accepts", () => {
    const refused = invocations
      .filter((i): i is typeof i & { cli: Cli } => i.cli in CLIS)
      .flatMap((i) => flagsIn(i.args.split(/ [|>] | #/)[0]).filter((f) => !parserOptions(CLIS[i.cli]).includes(f)).map((f) => `${i.page}: ${i.cli} --${f}`));
    expect(refused).toEqual([]);
  });

  it.each(Object.entries(CLIS))("%s: every option its parser accepts is in its usage and in the docs", (cli, file) => {
    const options = parserOptions(file);
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(new Set(flagsIn(usageOf(file)).concat("help"))).toEqual(new Set(options.concat("help")));
    // Flags in its commands, and in an argument table (rows starting "| `--…") on a page that runs it.
    const pages = new Set(invocations.filter((i) => i.cli === cli).map((i) => i.page));
    const tables = [...pages].flatMap((p) => docText(p).split("\n").filter((l) => l.startsWith("| `--")).flatMap((l) => flagsIn(l.split(" | ")[0])));
    const documented = new Set([...invocations.filter((i) => i.cli === cli).flatMap((i) => flagsIn(i.args)), ...tables]);
    expect(options.filter((o) => o !== "help" && !documented.has(o))).toEqual([]);
  });

  it("every flag passed to the companion and the drill CLI is one they accept", () => {
    const drill = /\[("--[a-z]+"(?:, "--[a-z]+")*)\]\.includes\(name\)/.exec(readFileSync("companion/drill.ts", "utf8"))?.[1].match(/[a-z]+/g) ?? [];
    expect(drill).toEqual(["region", "at", "note"]);
    const companion = [...readFileSync("companion/run.ts", "utf8").matchAll(/argv\.includes\("--([a-z-]+)"\)/g)].map((m) => m[1]);
    expect(companion).toEqual(["once"]);
    const accepted: Record<string, string[]> = { drill, companion };
    const refused = invocations.filter((i) => i.cli in accepted).flatMap((i) => flagsIn(i.args).filter((f) => !accepted[i.cli].includes(f)).map((f) => `${i.page}: ${i.cli} --${f}`));
    expect(refused).toEqual([]);
  });

  it("every `npm run bench -- NAME` selects a benchmark", () => {
    const benches = readdirSync("bench").filter((f) => f.endsWith(".bench.ts"));
    const named = invocations.filter((i) => i.cli === "bench").flatMap((i) => /^ -- ([a-z-]+)/.exec(i.args)?.[1] ?? []);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((n) => !benches.some((f) => f.includes(n)))).toEqual([]);
  });
});

describe("scenarios, routes and pages in README and docs/", () => {
  it("the simulator's scenario table lists exactly the scenarios it runs", () => {
    const rows = tableAfter(docText("docs/api-and-cli.md"), "| scenario | what the model does |");
    expect(rows.map((r) => r[0].replace(/`/g, "")).sort()).toEqual([...SCENARIO_NAMES].sort());
  });

  const routeFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : []));
  /** app/api/signals/[signal]/rows/route.ts → /api/signals/<name>/rows; the catch-all (JSON 404) and next-auth's flow left out. */
  const apiRoutes = routeFiles("app/api")
    .map((f) => `/${path.dirname(f).slice("app/".length).replace(/\[signal\]/, "<name>")}`)
    .filter((r) => !r.includes("[["));

  it("every /api route is documented, and every documented /api path is served", () => {
    expect(apiRoutes.length).toBeGreaterThan(10);
    const documented = new Set([...docs.matchAll(/\/api\/[A-Za-z0-9_.<>/-]*[A-Za-z0-9_<>]/g)].map((m) => m[0]));
    expect(apiRoutes.filter((r) => !r.includes("[...") && !documented.has(r))).toEqual([]);
    const served = (p: string) => apiRoutes.some((r) => r === p || (r.endsWith("[...nextauth]") && `${p}/`.startsWith(r.replace("[...nextauth]", ""))));
    expect([...documented].filter((p) => !served(p))).toEqual([]);
  });

  it("docs/views.md and security.md list the registry's signals as drill-downs", () => {
    const keys = new Set(SIGNAL_MODULES.map((m) => m.key));
    const views = docText("docs/views.md");
    const list = views.slice(views.indexOf("`/signals/<name>` ("), views.indexOf("): the signal's"));
    expect(new Set([...list.matchAll(/`([a-zA-Z]+)`/g)].map((m) => m[1]))).toEqual(keys);
    const row = tableAfter(docText("docs/security.md"), "| parameter | allowed |").find((r) => r[0].startsWith("`signal`"));
    expect(new Set([...(row?.[1] ?? "").matchAll(/`([a-zA-Z]+)`/g)].map((m) => m[1]))).toEqual(keys);
  });

  it("the README's drill-downs are the registry's signals, and its pages are served", () => {
    const readme = docText("README.md");
    const tour = readme.slice(readme.indexOf("**Drill-downs**"), readme.indexOf("**Incidents**"));
    const listed = [/`\/signals\/([a-zA-Z]+)`/.exec(tour)?.[1], ...[...tour.slice(tour.indexOf("(and")).matchAll(/`([a-zA-Z]+)`/g)].map((m) => m[1])];
    expect(new Set(listed)).toEqual(new Set(SIGNAL_MODULES.map((m) => m.key)));
    for (const page of ["incidents", "wall", "review", "alerts", "doctor"]) {
      expect(readme).toContain(`\`/${page}\``);
      expect(existsSync(`app/${page}/page.tsx`), page).toBe(true);
    }
  });
});
