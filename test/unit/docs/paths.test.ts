/** Every repository path README and docs/ name exists: a moved or renamed file fails here, not a reader. */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOC_PAGES, docText } from "./docs-text";

/** Your own configuration files, named in examples. */
const EXAMPLES = new Set(["config/prod.json", "config/mine.json"]);
const ROOTS = "lib|scripts|test|components|app|config|deploy|public|bench|companion|hooks|docs";

/** `lib/engine/functions*.ts`: a glob matches at least one file of its folder. */
function exists(p: string): boolean {
  if (!p.includes("*")) return existsSync(p);
  const dir = path.dirname(p);
  const re = new RegExp(`^${path.basename(p).replace(/[.]/g, "\\.").replace(/\*/g, ".*")}$`);
  return existsSync(dir) && readdirSync(dir).some((f) => re.test(f));
}

describe("paths named in README and docs/", () => {
  it("exist in the repository", () => {
    const named = DOC_PAGES.flatMap((page) =>
      [...docText(page).matchAll(new RegExp(`(?<![\\w./-])((?:${ROOTS})/[\\w./*\\[\\]-]*[\\w*\\]])`, "g"))]
        .map((m) => (m[1].endsWith("]") && !m[1].includes("[") ? m[1].slice(0, -1) : m[1]))
        // A link's target is checked by docs.test.ts; `<Table>.ndjson`-style placeholders are not paths.
        .filter((p) => !p.includes("<"))
        .map((p) => ({ page, p, resolved: existsSync(path.join(path.dirname(page), p)) ? path.join(path.dirname(page), p) : p })),
    );
    expect(named.length).toBeGreaterThan(150);
    expect(named.filter(({ p, resolved }) => !EXAMPLES.has(p) && !exists(resolved) && !/^docs\/adr\/\d{4}$/.test(p)).map(({ page, p }) => `${page}: ${p}`)).toEqual([]);
  });
});

describe("ARCHITECTURE.md's map of lib/", () => {
  it("puts every file it names in the folder it names it under", () => {
    const tracked = execFileSync("git", ["ls-files", "lib"], { encoding: "utf8" }).split("\n");
    const diagram = readFileSync("ARCHITECTURE.md", "utf8").split("```")[1];
    let folders: string[] = [];
    const misplaced: string[] = [];
    let seen = 0;
    for (const line of diagram.split("\n")) {
      // A folder line: `              wiring/      …` or `              review/ security/  …`.
      const group = /^ {14}((?:[a-z-]+\/\s+)+)/.exec(line);
      if (group) folders = group[1].trim().split(/\s+/);
      for (const [, file] of line.matchAll(/(?<![\w/.*-])([a-z][\w-]*\.(?:ts|tsx|mjs))\b/g)) {
        if (!folders.length) continue;
        seen++;
        // lib/env.ts and the root's instrumentation-node.ts are named as themselves.
        const inPlace = tracked.some((t) => folders.some((f) => t.startsWith(`lib/${f}`)) && t.endsWith(`/${file}`));
        if (!inPlace && !existsSync(`lib/${file}`) && !existsSync(file)) misplaced.push(`${file} (under ${folders.join(" ")})`);
      }
    }
    expect(seen).toBeGreaterThan(30);
    expect(misplaced).toEqual([]);
  });
});
