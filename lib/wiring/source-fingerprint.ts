/**
 * A hash of the source files some code is made of: the files given and every file they import,
 * transitively (relative and `@/` imports; packages are covered by hashing package-lock.json). The
 * demo cache (demo-cache.ts) keys its rows by it, so a changed simulator, column store or config
 * loader never reuses rows an older one wrote.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`; comments may match too,
// which only adds a file to the hash.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;
const EXTENSIONS = [".ts", ".tsx", "/index.ts", ""];

function resolve(root: string, fromFile: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith("./") || spec.startsWith("../")) base = path.resolve(path.dirname(fromFile), spec);
  else return undefined;
  for (const ext of EXTENSIONS) {
    const file = base + ext;
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  // An import that resolves to nothing is a build error elsewhere; here it must not hash as "no change".
  throw new Error(`source fingerprint: cannot resolve ${spec} imported by ${path.relative(root, fromFile)}`);
}

/** The files `entries` are made of (paths relative to `root`, sorted) and one hash over their names and contents. */
export function sourceFingerprint(root: string, entries: readonly string[]): { hash: string; files: string[] } {
  const seen = new Set<string>();
  const queue = entries.map((e) => path.resolve(root, e));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(IMPORT)) {
      const dep = resolve(root, file, m[1]);
      if (dep && !seen.has(dep)) queue.push(dep);
    }
  }
  const lock = path.join(root, "package-lock.json");
  if (fs.existsSync(lock)) seen.add(lock);
  const files = [...seen].map((f) => path.relative(root, f)).sort();
  const hash = createHash("sha256");
  for (const f of files) {
    hash.update(`${f}\0`);
    hash.update(fs.readFileSync(path.join(root, f)));
    hash.update("\0");
  }
  return { hash: hash.digest("hex"), files };
}
