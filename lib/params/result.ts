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
  return { error: `invalid parameter "${error.parameter}": ${error.message}`, parameter: error.parameter, allowed: error.allowed };
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

/** Shown (truncated) in messages, so an error never echoes a huge or multi-line value back. */
export function quote(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return JSON.stringify(shown);
}
