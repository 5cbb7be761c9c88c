import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { closestName } from "./closest-name";
import { configSchema, crossFieldIssues, type DashboardConfig } from "./schema";

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid configuration ${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** `regions[1].frontDoorOrigins` style path, as a user would find it in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(root)";
}

/** The object schemas a value at `path` may be checked against (several under a union). */
function objectsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): z.core.$ZodType[] {
  const def = schema._zod.def as unknown as { type: string; shape?: Record<string, z.core.$ZodType>; innerType?: z.core.$ZodType; element?: z.core.$ZodType; in?: z.core.$ZodType; options?: z.core.$ZodType[]; valueType?: z.core.$ZodType };
  if (def.innerType) return objectsAt(def.innerType, path);
  if (def.in) return objectsAt(def.in, path);
  if (def.options) return def.options.flatMap((o) => objectsAt(o, path));
  if (path.length === 0) return def.type === "object" ? [schema] : [];
  const [key, ...rest] = path;
  if (def.type === "object" && typeof key === "string" && def.shape && Object.hasOwn(def.shape, key)) return objectsAt(def.shape[key], rest);
  if (def.type === "array" && typeof key === "number" && def.element) return objectsAt(def.element, rest);
  if (def.type === "record" && def.valueType) return objectsAt(def.valueType, rest);
  return [];
}

/**
 * `regions[0]: unknown field "cosmosProvisionedRU" (did you mean "cosmosProvisionedRUs"?); allowed: id, …`:
 * a misspelt field would otherwise leave the user guessing which name the schema wanted.
 */
function describeUnknownKeys(where: string, keys: readonly string[], path: readonly PropertyKey[]): string {
  const allowed = [...new Set(objectsAt(configSchema, path).flatMap((o) => Object.keys((o._zod.def as unknown as { shape: object }).shape)))];
  const named = keys.map((key) => {
    const near = closestName(key, allowed);
    return near ? `"${key}" (did you mean "${near}"?)` : `"${key}"`;
  });
  return `${where}: unknown field${keys.length > 1 ? "s" : ""} ${named.join(", ")}${allowed.length ? `; allowed: ${allowed.join(", ")}` : ""}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  if (issue.code === "unrecognized_keys") return describeUnknownKeys(where, issue.keys, issue.path);
  // zod words a missing field as a type error ("expected string, received undefined").
  if (issue.code === "invalid_type" && /received undefined$/.test(issue.message)) {
    return `${where}: required field is missing (${issue.message.replace(/^Invalid input: /, "")})`;
  }
  return `${where}: ${issue.message}`;
}

export function parseConfig(raw: unknown, file = "<inline>"): DashboardConfig {
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map(describeIssue);
    // zod skipped the cross-field checks because a field failed: run them on the raw file too.
    const cross = raw && typeof raw === "object" ? crossFieldIssues(raw).map((i) => `${formatPath(i.path)}: ${i.message}`) : [];
    throw new ConfigError(file, [...new Set([...problems, ...cross])]);
  }
  return result.data;
}

export function loadConfigFile(file: string): DashboardConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new ConfigError(file, [`cannot read file: ${(err as Error).message}`]);
  }
  // A file saved "UTF-8 with BOM" starts with U+FEFF, which JSON.parse refuses invisibly.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw new ConfigError(file, ["the file is empty: expected a JSON object such as config/demo.json"]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(file, [`not valid JSON${jsonErrorLocation(text, (err as Error).message)}: ${(err as Error).message}`]);
  }
  return parseConfig(raw, file);
}

/**
 * " at line L, column C" for a JSON.parse error: Node 20 reports a character offset, or only the
 * text around the bad token (V8 shows 10 characters either side), or nothing when the file ends
 * early; none of which anybody can find in an editor.
 */
export function jsonErrorLocation(text: string, message: string): string {
  const at = jsonErrorOffset(text, message);
  if (at === undefined) return "";
  const before = text.slice(0, at).split("\n");
  return ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

function jsonErrorOffset(text: string, message: string): number | undefined {
  const offset = /at position (\d+)/.exec(message)?.[1];
  if (offset !== undefined) return Number(offset);
  if (/end of JSON input/.test(message)) return text.length;
  const around = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (!around) return undefined;
  const [, token, cut, context] = around;
  if (!cut) return context.indexOf(token);
  const start = text.indexOf(context);
  return start < 0 ? undefined : start + 10;
}

/**
 * What `npm start` would otherwise learn only after a minutes-long build: the embedded dataset
 * folder is missing (resolved from `cwd`, as the CLIs do), or is relative, which the standalone
 * server (it runs in its own folder) resolves elsewhere. Undefined when there is nothing to say.
 */
export function embeddedDatasetProblem(config: DashboardConfig, cwd: string): { fatal: boolean; message: string } | undefined {
  const dataset = config.embedded.dataset;
  if (config.workspaces || !dataset) return undefined;
  const folder = path.resolve(cwd, dataset);
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return { fatal: true, message: `embedded.dataset: folder ${folder} not found` };
  // As the loader refuses it (lib/dataset/load.ts), before `npm start` spends a build on it.
  if (!readdirSync(folder).some((f) => f.endsWith(".ndjson") || f === "schema.json")) {
    return { fatal: true, message: `embedded.dataset: folder ${folder} holds no <Table>.ndjson files (a dataset folder holds one per table, e.g. AppMetrics.ndjson, written by npm run simulate)` };
  }
  if (!path.isAbsolute(dataset)) {
    return { fatal: false, message: `embedded.dataset: "${dataset}" is relative; the server of npm start and the image runs in its own folder, so give ${folder}` };
  }
  return undefined;
}
