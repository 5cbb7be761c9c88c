import { describe, expect, it } from "vitest";
import { parseCliArgs } from "@/lib/params/cli-args";

describe("parseCliArgs", () => {
  const options = { config: { type: "string" as const } };

  it("refuses an unknown option with the same words whether positionals are allowed or not", () => {
    // check-config takes a file as a positional: Node's message added a hint about `-- "--bogus"`.
    expect(() => parseCliArgs(options, ["--bogus"], true)).toThrow(/^Unknown option '--bogus'$/);
    expect(() => parseCliArgs(options, ["--bogus"], false)).toThrow(/^Unknown option '--bogus'/);
  });

  it("refuses an option given twice and reads positionals when allowed", () => {
    expect(() => parseCliArgs(options, ["--config", "a", "--config", "b"])).toThrow("Option '--config' given more than once; give it once");
    expect(parseCliArgs(options, ["file.json"], true).positionals).toEqual(["file.json"]);
  });
});
