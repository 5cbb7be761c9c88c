/**
 * What every route-parameter parser returns: the parsed value, or an error that names the
 * parameter and says what is allowed, so a route can answer 400 without guessing.
 */

export interface ParamError {
  /** The query-string or path parameter at fault, e.g. `range`, `region`, `from`. */
  parameter: string;
  /** What is wrong with the value that was given. */
  message: string;
  /** Human-readable description of the values that are accepted. */
  allowed: string;
}

export type ParamResult<T> = { ok: true; value: T } | { ok: false; error: ParamError };

export const ok = <T>(value: T): ParamResult<T> => ({ ok: true, value });

export const fail = (parameter: string, message: string, allowed: string): ParamResult<never> => ({
  ok: false,
  error: { parameter, message, allowed },
});

/** The JSON body of a 400 answer: `{ error, parameter, allowed }`. */
export interface BadRequestBody {
  error: string;
  parameter: string;
  allowed: string;
}

export function badRequestBody(error: ParamError): BadRequestBody {
  return { error: `invalid parameter "${visible(error.parameter)}": ${error.message}`, parameter: error.parameter, allowed: error.allowed };
}

/** A plain Web `Response` (not a Next import) carrying the 400 body; routes may return it as is. */
export function badRequestResponse(error: ParamError): Response {
  return Response.json(badRequestBody(error), { status: 400, headers: { "cache-control": "no-store" } });
}

/** Raw value of one parameter: absent, one value, or several (a repeated key). */
export type RawParam = string | readonly string[] | undefined;

/** Reduces a raw value to one string; a repeated parameter is an error, not "first wins". */
export function single(parameter: string, raw: RawParam, allowed: string): ParamResult<string | undefined> {
  if (raw === undefined) return ok(undefined);
  if (typeof raw === "string") return ok(raw);
  if (raw.length === 0) return ok(undefined);
  if (raw.length === 1) return ok(raw[0]);
  return fail(parameter, `given ${raw.length} times; give it once`, allowed);
}

/**
 * Characters a reader cannot see (zero-width spaces and joiners, bidirectional overrides, the byte
 * order mark, other format characters, line and paragraph separators, spaces other than U+0020): a
 * message that echoes `range=1h\u200b` raw would read "invalid value "1h"" and leave the user puzzled.
 */
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;

/** `text` with every character a reader cannot see written as its \uXXXX escape. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** Shown (truncated) in messages, so an error never echoes a huge, multi-line or invisible value back. */
export function quote(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return visible(JSON.stringify(shown));
}
