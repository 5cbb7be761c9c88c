/**
 * The one way a value reaches KQL text. Every interpolation in a `kql` template is
 * rendered as a literal of its type, so no value can add an operator to a query.
 */

export class KqlValueError extends Error {}

/** A duration rendered as a timespan literal such as `30s` or `1500ms`. */
export class Timespan {
  constructor(readonly milliseconds: number) {
    if (!Number.isFinite(milliseconds) || milliseconds < 0) throw new KqlValueError(`invalid timespan ${milliseconds}`);
  }
  static seconds(s: number): Timespan {
    return new Timespan(s * 1000);
  }
  toKql(): string {
    const ms = Math.round(this.milliseconds);
    if (ms % 86_400_000 === 0 && ms > 0) return `${ms / 86_400_000}d`;
    if (ms % 3_600_000 === 0 && ms > 0) return `${ms / 3_600_000}h`;
    if (ms % 60_000 === 0 && ms > 0) return `${ms / 60_000}m`;
    if (ms % 1000 === 0) return `${ms / 1000}s`;
    return `${ms}ms`;
  }
}

export type KqlScalar = string | number | boolean | Date | Timespan;
export type KqlValue = KqlScalar | readonly KqlScalar[];

// Control characters other than these have no business in names from a config file.
const ESCAPES: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function kqlString(value: string): string {
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) {
    throw new KqlValueError("string contains a control character");
  }
  return `"${value.replace(/[\\"\n\r\t]/g, (c) => ESCAPES[c])}"`;
}

export function kqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new KqlValueError(`not a finite number: ${value}`);
  // Beyond ±2^53 String() gives `1e+21` or an imprecise long; real() keeps the literal's type stable.
  return Number.isSafeInteger(value) ? String(value) : `real(${value})`;
}

export function kqlDatetime(value: Date): string {
  if (Number.isNaN(value.getTime())) throw new KqlValueError("invalid date");
  return `datetime(${value.toISOString()})`;
}

export function kqlScalar(value: KqlScalar): string {
  if (typeof value === "string") return kqlString(value);
  if (typeof value === "number") return kqlNumber(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return kqlDatetime(value);
  if (value instanceof Timespan) return value.toKql();
  throw new KqlValueError(`unsupported KQL value ${String(value)}`);
}

/** `(a, b, c)` for `in`/`!in`; an empty list renders as a list holding one impossible value. */
export function kqlList(values: readonly KqlScalar[]): string {
  if (values.length === 0) return `(${kqlString("\u2400no-values\u2400")})`;
  return `(${values.map(kqlScalar).join(", ")})`;
}

/** Tagged template: `kql\`T | where Region == ${region}\`` escapes every interpolated value. */
export function kql(strings: TemplateStringsArray, ...values: KqlValue[]): string {
  let out = strings[0];
  values.forEach((value, i) => {
    out += (Array.isArray(value) ? kqlList(value) : kqlScalar(value as KqlScalar)) + strings[i + 1];
  });
  return out;
}
