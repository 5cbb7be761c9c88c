/** Literal values of the syntax tree: numbers, strings, datetimes, timespans, dynamic. */
import type { Value } from "../dataset/columns";
import { KqlRuntimeError, KqlUnsupportedError } from "./errors";
import type { KNode } from "./kusto";
import { allTokens, listElements, nodes, unsupported } from "./syntax";
import { noteLiteralArray } from "./number-kinds";
import { hasOneDigitHour, ONE_DIGIT_HOUR_LITERAL } from "./datetime-hour";
import { partialDatetime, PARTIAL_DETAIL, timeToday } from "./datetime-partial";
import { monthFirstDate } from "./datetime-month-first";
import { formatDatetimeDynamic, hasMicrosPastDouble, hasTickDigits, parseDatetime, parseTimespan } from "../format/kusto-time";

/** A datetime is a double of epoch milliseconds (exact to the microsecond); datetime-ticks.ts reads such a literal in two functions. */
export const TICK_DIGITS_REFUSAL = "a datetime with 100 ns digits (datetimes are kept to the microsecond)";
/** Refused like 100 ns digits, and evaluated exactly where they are (datetime-ticks.ts). */
export const MICROS_PAST_DOUBLE_REFUSAL = "a datetime with microseconds before 1691 or after 2248 (datetimes are kept as a double of milliseconds, spaced up to 31 µs apart there)";

/** Decodes one Kusto string literal token: "..", '..', @"..", @'..', h"..", ```..```. */
export function decodeStringToken(tok: string): string {
  let t = tok;
  if (/^[hH]/.test(t)) t = t.slice(1);
  if (t.startsWith("```") || t.startsWith("~~~")) return t.slice(3, -3);
  if (t.startsWith("@")) {
    const q = t[1];
    return t.slice(2, -1).split(q + q).join(q);
  }
  const q = t[0];
  const body = t.slice(1, -1);
  return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_m, e: string) => {
    if (e[0] === "u" && e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e[0] === "x" && e.length === 3) return String.fromCharCode(parseInt(e.slice(1), 16));
    const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'" };
    return map[e] ?? (e === q ? q : e);
  });
}

/** The inside of `type(...)` wrappers, or the text itself. */
function inner(text: string): { wrapped: boolean; body: string } {
  const m = /^[a-z]+\s*\(\s*([\s\S]*?)\s*\)$/i.exec(text);
  return m ? { wrapped: true, body: m[1] } : { wrapped: false, body: text };
}

function numberLiteral(text: string, n: KNode): number | null {
  const { body } = inner(text);
  const b = body.toLowerCase();
  if (b === "null") return null;
  if (b === "nan") return NaN;
  if (b === "+inf" || b === "inf") return Infinity;
  if (b === "-inf") return -Infinity;
  const v = /^[+-]?0x[0-9a-f]+$/i.test(b) ? Number.parseInt(b, 16) : Number(b);
  if (Number.isNaN(v)) throw new KqlRuntimeError(`bad number literal ${text}`, n.pos);
  return v;
}

/** Value of a LiteralExpression node (already typed by the analyzer via its SyntaxKind); `asOf` (now()) dates `datetime(8:00)`. */
export function literalValue(n: KNode, asOf?: number): Value {
  const toks = allTokens(n).filter((t) => t !== "");
  const text = toks.join("");
  switch (n.kind) {
    case "StringLiteralExpression":
    case "CompoundStringLiteralExpression":
      return toks.map(decodeStringToken).join("");
    case "LongLiteralExpression":
    case "IntLiteralExpression":
    case "RealLiteralExpression":
    case "DecimalLiteralExpression":
      return numberLiteral(text, n);
    case "BooleanLiteralExpression": {
      const b = inner(text).body.toLowerCase();
      return b === "null" ? null : b === "true";
    }
    case "DateTimeLiteralExpression": {
      const { body } = inner(toks.join(" ").replace(/\s*\(\s*/, "(").replace(/\s*\)$/, ")"));
      if (body.toLowerCase() === "null") return null;
      if (hasOneDigitHour(body)) return unsupported(n, ONE_DIGIT_HOUR_LITERAL);
      const ms = parseDatetime(body);
      // Kusto reads some culture-dependent forms (12-02-2022) whose day/month order it does not
      // document; parseDatetime reads those whose day and month coincide, the rest are refused.
      // A bare dashed date is read month first, as todatetime() reads it (datetime-month-first.ts; the
      // todatetime page's example says todatetime('12-02-2022') == datetime('12-02-2022')).
      const monthFirst = Number.isNaN(ms) ? monthFirstDate(body.replace(/^(["'])(.*)\1$/, "$2")) : undefined;
      if (typeof monthFirst === "number") return monthFirst;
      if (Number.isNaN(ms) && /^["']?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/.test(body)) return unsupported(n, "datetime literal in day/month/year order (whose day and month differ)");
      // `datetime(8:00)`: that time today (datetime-partial.ts says why); refused where no now() is at hand.
      const today = Number.isNaN(ms) && asOf !== undefined ? timeToday(body, asOf) : undefined;
      if (today !== undefined) return hasTickDigits(body) ? unsupported(n, TICK_DIGITS_REFUSAL) : today;
      if (Number.isNaN(ms) && asOf === undefined && /^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(body.trim())) return unsupported(n, "a datetime literal with a time and no date outside a query's scalar expressions (its date is the day the query runs)");
      const partial = Number.isNaN(ms) ? partialDatetime(body) : undefined;
      if (partial) return unsupported(n, `a datetime literal of ${partial} (${PARTIAL_DETAIL})`);
      if (Number.isNaN(ms)) throw new KqlRuntimeError(`bad datetime literal ${text}`, n.pos);
      if (hasTickDigits(body)) return unsupported(n, TICK_DIGITS_REFUSAL);
      if (hasMicrosPastDouble(body)) return unsupported(n, MICROS_PAST_DOUBLE_REFUSAL);
      return ms;
    }
    case "TimespanLiteralExpression": {
      const { body } = inner(text);
      if (body.toLowerCase() === "null") return null;
      const ms = parseTimespan(body);
      if (ms === null) throw new KqlRuntimeError(`bad timespan literal ${text}`, n.pos);
      return ms;
    }
    case "GuidLiteralExpression": {
      const { body } = inner(text);
      return body.toLowerCase() === "null" ? null : body.toLowerCase();
    }
    case "NullLiteralExpression":
      return null;
    case "TokenLiteralExpression":
      return text;
  }
  return unsupported(n, `literal ${n.kind}`);
}

/** JSON value of a `dynamic(...)` literal. Datetimes/timespans inside become their text forms. */
export function dynamicValue(n: KNode): Value {
  switch (n.cls) {
    case "DynamicExpression": {
      const body = nodes(n)[0];
      return body ? dynamicValue(body) : null;
    }
    case "JsonObjectExpression": {
      const obj: Record<string, Value> = {};
      for (const list of n.children.filter((c) => c.cls === "SyntaxList")) {
        for (const pair of listElements(list)) {
          const name = pair.children.find((c) => c.isToken && c.kind !== "ColonToken");
          const valueNode = nodes(pair)[0];
          if (!name || !valueNode) continue;
          obj[decodeStringToken(name.text ?? '""')] = dynamicValue(valueNode);
        }
      }
      return obj;
    }
    case "JsonArrayExpression": {
      const elements = n.children.filter((c) => c.cls === "SyntaxList").flatMap((list) => listElements(list));
      return noteLiteralArray(elements.map(dynamicValue), elements);
    }
    case "LiteralExpression": {
      if (n.kind === "NullLiteralExpression") return null;
      const v = literalValue(n);
      if (n.kind === "DateTimeLiteralExpression" && typeof v === "number") return formatDatetimeDynamic(v);
      return v;
    }
    case "PrefixUnaryExpression": {
      const v = dynamicValue(nodes(n)[0]);
      return n.kind === "UnaryMinusExpression" && typeof v === "number" ? -v : v;
    }
  }
  if (allTokens(n).join("").toLowerCase() === "null") return null;
  return unsupported(n, `dynamic literal element ${n.cls}`);
}

/** For the validation pass: why a datetime literal is refused (12-02-2022), or undefined. */
export function datetimeLiteralRefusal(n: KNode): string | undefined {
  try {
    // Any now() will do: only whether the literal is refused matters here.
    literalValue(n, 0);
    return undefined;
  } catch (e) {
    return e instanceof KqlUnsupportedError ? e.construct : undefined;
  }
}
