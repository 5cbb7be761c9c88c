/** Every repository path README and docs/ name exists: a moved or renamed file fails here, not a reader. */
import { existsSync, readdirSync } from "node:fs";
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
