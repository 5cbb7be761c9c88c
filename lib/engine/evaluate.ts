/**
 * `evaluate` plugins the engine runs exactly: bag_unpack (its reference page). Every other plugin
 * is refused by name (support.ts lists these names as supported).
 */
import type { KustoType } from "../telemetry/schemas";
import type { Value } from "../dataset/columns";
import { KqlRuntimeError } from "./errors";
import type { KNode } from "./kusto";
import { compileScalar, type QueryContext } from "./scalar";
import { childOf, listElements, nameOf, nodes, unsupported } from "./syntax";
import { valuesColumn, type EColumn, type ETable } from "./table";
import { convertTo } from "./value-ops";
import { callArgs } from "./functions";
import { GEO_LOOKUP_PLUGINS } from "./geo/lookup";
import { PLUGINS } from "./plugins";
import { refuseWideLongs } from "./exact-keys";

export const EVALUATE_PLUGINS = new Set(["bag_unpack", ...Object.keys(GEO_LOOKUP_PLUGINS), ...Object.keys(PLUGINS)]);

export function pluginCall(op: KNode): KNode | undefined {
  return nodes(op).find((c) => c.cls === "FunctionCallExpression");
}

export function pluginName(op: KNode): string {
  const call = pluginCall(op);
  return call ? nameOf(call.children[0]).toLowerCase() : "";
}

export function evaluate(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const call = pluginCall(op);
  // Plugins key, copy and compare their input's values as doubles; narrow() alone writes 64-bit longs
  // exactly (as text). Any other given one beyond ±(2^53 − 1) refuses it by name (exact-keys.ts).
  if (call && pluginName(op) !== "narrow") refuseWideLongs([input], op, `evaluate ${pluginName(op)}()`);
  if (call && GEO_LOOKUP_PLUGINS[pluginName(op)]) return GEO_LOOKUP_PLUGINS[pluginName(op)](call, input, ctx);
  const plugin = PLUGINS[pluginName(op)];
  if (call && plugin) return plugin(op, call, input, ctx);
  if (!call || pluginName(op) !== "bag_unpack") return unsupported(op, `operator evaluate ${pluginName(op)}()`);
  return bagUnpack(op, call, input, ctx);
}

/** The `: (*, Name:string, ...)` output schema of an evaluate, if given. */
export function outputSchema(op: KNode): { star: boolean; columns: { name: string; type: KustoType }[] } | undefined {
  const clause = childOf(op, "EvaluateSchemaClause");
  const row = clause && childOf(clause, "EvaluateRowSchema");
  if (!row) return undefined;
  let star = row.children.some((c) => c.isToken && c.text === "*");
  const columns: { name: string; type: KustoType }[] = [];
  for (const el of listElements(childOf(row, "SyntaxList"))) {
    if (el.cls === "NameAndTypeDeclaration") {
      const decl = nodes(el)[0];
      columns.push({ name: nameOf(decl), type: decl.type as KustoType });
    } else star = true;
  }
  return { star, columns };
}

/**
 * bag_unpack(column [, prefix] [, columnsConflict=...] [, ignoredProperties=...]): one column per
 * distinct key (prefixed), in key order as the page's outputs show (Age, Height, Name); the source
 * column goes away. A key that names an existing column is an error unless columnsConflict says
 * replace_source (the bag's column takes the old one's place) or keep_source (the key is dropped).
 */
function bagUnpack(op: KNode, call: KNode, input: ETable, ctx: QueryContext): ETable {
  const args = callArgs(call);
  const positional = args.filter((a) => a.cls !== "SimpleNamedExpression");
  const named = new Map(args.filter((a) => a.cls === "SimpleNamedExpression").map((a) => [nameOf(nodes(a)[0]).toLowerCase(), nodes(a)[1]]));
  const source = positional[0];
  if (!source || source.cls !== "NameReference") return unsupported(call, "bag_unpack() of an expression that is not a column");
  const scope = { table: input, ctx };
  const constantOf = (n: KNode | undefined): Value => (n ? compileScalar(n, scope)(0) : null);
  const prefix = positional[1] ? String(constantOf(positional[1]) ?? "") : "";
  // The page's syntax lists columnsConflict and ignoredProperties after the prefix, by position or by name.
  const conflict = String(constantOf(named.get("columnsconflict") ?? positional[2]) ?? "error").toLowerCase();
  const ignoredValue = constantOf(named.get("ignoredproperties") ?? positional[3]);
  const ignored = new Set(Array.isArray(ignoredValue) ? ignoredValue.map(String) : []);
  for (const k of named.keys()) if (k !== "columnsconflict" && k !== "ignoredproperties") return unsupported(call, `bag_unpack() parameter ${k}`);
  if (!["error", "replace_source", "keep_source"].includes(conflict)) throw new KqlRuntimeError(`bag_unpack(): columnsConflict must be error, replace_source or keep_source, got ${conflict}`, call.pos);

  const get = compileScalar(source, scope);
  const bags: (Record<string, Value> | null)[] = [];
  const keys = new Set<string>();
  for (let i = 0; i < input.length; i++) {
    const v = get(i);
    const b = v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, Value>) : null;
    bags.push(b);
    if (b) for (const k of Object.keys(b)) if (!ignored.has(k)) keys.add(k);
  }
  const sourceName = nameOf(source);
  const kept = input.columns.filter((c) => c.name !== sourceName);
  const schema = outputSchema(op);
  const valuesOf = (key: string, type: KustoType) => bags.map((b) => (b && key in b ? (type === "dynamic" ? b[key] : convertTo(type, b[key])) : null));

  if (schema) {
    const listed = new Set(schema.columns.map((c) => c.name));
    const fromInput = schema.star ? kept.filter((c) => !listed.has(c.name)) : [];
    const added = schema.columns.map((c) => {
      const key = c.name.startsWith(prefix) ? c.name.slice(prefix.length) : c.name;
      const existing = kept.find((k) => k.name === c.name);
      return !keys.has(key) && existing ? existing : valuesColumn(c.name, c.type, valuesOf(key, c.type));
    });
    return { length: input.length, columns: [...fromInput, ...added] };
  }

  const out: EColumn[] = [...kept];
  for (const key of [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const name = prefix + key;
    const at = out.findIndex((c) => c.name === name);
    if (at >= 0) {
      if (conflict === "keep_source") continue;
      if (conflict === "error") throw new KqlRuntimeError(`bag_unpack(): the key ${key} names the existing column ${name} (use columnsConflict)`, call.pos);
      out[at] = valuesColumn(name, "dynamic", valuesOf(key, "dynamic"));
    } else out.push(valuesColumn(name, "dynamic", valuesOf(key, "dynamic")));
  }
  return { length: input.length, columns: out };
}
