/**
 * JSONPath-addressed functions (their pages): extract_json()/extractjson() and bag_remove_keys()
 * with `$.a.b` keys; has_any_index(), which reports the first lookup term a text has.
 */
import type { Value } from "../dataset/columns";
import type { FnImpl } from "./functions";
import { dynamicText } from "./dynamic-text";
import { hasTerm } from "./string-ops";
import { unsupported } from "./syntax";
import { convertTo, parseJson, toKustoString } from "./value-ops";

type Step = string | number;

/** Steps of a JSONPath made of member and index steps ($.a.b, $['a'][0]); null for wildcards, filters, slices. */
export function jsonPathSteps(path: string): Step[] | null {
  if (!path.startsWith("$")) return null;
  const steps: Step[] = [];
  const rx = /\.([A-Za-z_$][\w$-]*)|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]|\[\s*(\d+)\s*\]/y;
  let at = 1;
  while (at < path.length) {
    rx.lastIndex = at;
    const m = rx.exec(path);
    if (!m) return null;
    steps.push(m[4] !== undefined ? Number(m[4]) : (m[1] ?? m[2] ?? m[3]));
    at = rx.lastIndex;
  }
  return steps;
}

function walk(v: Value, steps: Step[]): Value | undefined {
  let cur: Value | undefined = v;
  for (const s of steps) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = Array.isArray(cur) ? (typeof s === "number" ? cur[s] : undefined) : (cur as Record<string, Value>)[String(s)];
  }
  return cur;
}

const extractJson: FnImpl = ({ g: [p, src, typeArg], call }) => {
  if (!p.constant) return unsupported(call, "extract_json() with a path that is not a constant");
  const steps = jsonPathSteps(String(p(0)));
  if (!steps) return unsupported(call, `extract_json() path ${String(p(0))} (only member and index steps are supported)`);
  const type = typeArg ? String(typeArg(0)) : undefined;
  return (i) => {
    const v = src(i);
    const found = walk(typeof v === "string" ? parseJson(v) : v, steps);
    if (found === undefined || found === null) return type && type !== "string" ? null : type ? "" : null;
    if (type) return convertTo(type, found);
    return typeof found === "object" ? dynamicText(found) : toKustoString(found, "string");
  };
};

/** A copy of `bag` without the member the steps reach (missing paths leave it as it is). */
function withoutPath(bag: Record<string, Value>, steps: Step[]): Record<string, Value> {
  const [head, ...rest] = steps;
  const key = String(head);
  if (!Object.prototype.hasOwnProperty.call(bag, key)) return bag;
  if (rest.length === 0) return Object.fromEntries(Object.entries(bag).filter(([k]) => k !== key));
  const child = bag[key];
  if (child === null || typeof child !== "object" || Array.isArray(child)) return bag;
  return { ...bag, [key]: withoutPath(child as Record<string, Value>, rest) };
}

const bagRemoveKeys: FnImpl = ({ g: [b, ks], call }) => (i) => {
  const o = b(i);
  const keys = ks(i);
  if (o === null || typeof o !== "object" || Array.isArray(o) || !Array.isArray(keys)) return null;
  let out = o as Record<string, Value>;
  for (const k of keys) {
    if (typeof k !== "string") continue;
    const steps = k.startsWith("$") ? jsonPathSteps(k) : [k];
    if (!steps || steps.some((s) => typeof s === "number")) return unsupported(call, `bag_remove_keys() key ${k} (only member steps are supported)`);
    out = withoutPath(out, steps);
  }
  return out;
};

export const JSON_FUNCTIONS: Record<string, FnImpl> = {
  extract_json: extractJson,
  extractjson: extractJson,
  bag_remove_keys: bagRemoveKeys,
  // The index of the first lookup the text `has` (a whole term, case-insensitive), else -1.
  has_any_index: ({ g: [s, l] }) => (i) => {
    const text = toKustoString(s(i), "string");
    const lookups = l(i);
    if (!Array.isArray(lookups)) return null;
    return lookups.findIndex((x) => x !== null && hasTerm(text, toKustoString(x, typeof x === "string" ? "string" : "dynamic"), false));
  },
};
