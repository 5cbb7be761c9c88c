/**
 * npm run bench: imports every bench/*.bench.ts module and runs its exported `run()` in turn
 * (alphabetical order). A module may also be selected with `npm run bench -- engine`.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

interface BenchModule {
  run(): Promise<void>;
}

async function main(): Promise<void> {
  const dir = path.dirname(new URL(import.meta.url).pathname);
  const filter = process.argv.slice(2);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
    .sort();
  let failed = 0;
  for (const file of files) {
    console.log(`\n## ${file}`);
    try {
      const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as Partial<BenchModule>;
      if (typeof mod.run !== "function") throw new Error(`${file} does not export async function run()`);
      await mod.run();
    } catch (e) {
      failed++;
      console.error(`${file} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
  if (failed > 0) process.exitCode = 1;
}

void main();
