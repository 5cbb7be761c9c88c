import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_SOURCE_ENTRIES } from "@/lib/wiring/demo-cache";
import { sourceFingerprint } from "@/lib/wiring/source-fingerprint";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "aad-fingerprint-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};

describe("source fingerprint (the demo cache's key over the code)", () => {
  it("follows relative, @/ and index imports transitively; any change in them changes the hash", () => {
    write("lib/a/entry.ts", 'import { b } from "./b";\nexport { c } from "@/lib/c";\nimport type { T } from "../d";\nexport const x = import("./lazy");\nimport fs from "node:fs";');
    write("lib/a/b.ts", 'import "./side";\nexport const b = 1;');
    write("lib/a/side.ts", "export {};");
    write("lib/a/lazy.ts", "export {};");
    write("lib/c.ts", "export const c = 1;");
    write("lib/d/index.ts", "export type T = number;");
    write("lib/unrelated.ts", "export const u = 1;");
    write("package-lock.json", "{}");
    const first = sourceFingerprint(root, ["lib/a/entry.ts"]);
    expect(first.files).toEqual(["lib/a/b.ts", "lib/a/entry.ts", "lib/a/lazy.ts", "lib/a/side.ts", "lib/c.ts", "lib/d/index.ts", "package-lock.json"]);
    write("lib/unrelated.ts", "export const u = 2;");
    expect(sourceFingerprint(root, ["lib/a/entry.ts"]).hash).toBe(first.hash);
    for (const [file, text] of [["lib/d/index.ts", "export type T = string;"], ["lib/a/side.ts", "export const s = 1;"], ["package-lock.json", '{"v":2}']]) {
      const before = sourceFingerprint(root, ["lib/a/entry.ts"]).hash;
      write(file, text);
      expect(sourceFingerprint(root, ["lib/a/entry.ts"]).hash, file).not.toBe(before);
    }
  });

  it("refuses an import it cannot resolve rather than leave a file out of the key", () => {
    write("lib/e.ts", 'import { z } from "./missing";');
    expect(() => sourceFingerprint(root, ["lib/e.ts"])).toThrow(/cannot resolve \.\/missing imported by lib\/e\.ts/);
  });

  it("covers what the demo's rows are made of: the simulator, telemetry schemas, column store, config loader", () => {
    const { files } = sourceFingerprint(process.cwd(), DEMO_SOURCE_ENTRIES);
    for (const f of ["lib/simulator/rows-requests.ts", "lib/simulator/thin-access.ts", "lib/simulator/demo.ts", "lib/telemetry/schemas.ts", "lib/dataset/string-column.ts", "lib/dataset/packed-strings.ts", "lib/config/schema.ts", "lib/wiring/source-fingerprint.ts", "package-lock.json"]) {
      expect(files).toContain(f);
    }
    // Not the engine: a changed KQL function does not throw the cached rows away.
    expect(files.filter((f) => f.startsWith("lib/engine/"))).toEqual([]);
  });
});
