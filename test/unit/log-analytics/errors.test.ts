import { describe, expect, it } from "vitest";
import { bodyWords, errorWords, partialErrorOf } from "@/lib/log-analytics/error-body";
import { classifyAzureError, type RawResponse } from "@/lib/log-analytics/errors";

const now = Date.UTC(2025, 0, 1, 12);
const headers = (h: Record<string, string> = {}) => ({ get: (name: string) => h[name.toLowerCase()] });
const raw = (status: number, bodyText?: string, h?: Record<string, string>): RawResponse => ({
  status,
  headers: headers(h),
  bodyText,
  emptyBody: !bodyText?.trim(),
});

describe("errorWords", () => {
  it("walks innererror and details to the bottom, codes and messages outermost first, without repeats", () => {
    const words = errorWords({
      error: {
        code: "PartialError",
        message: "There were some errors when processing your query.",
        details: [
          { code: "EngineError", message: "Something went wrong processing your query on the server.", innererror: { code: "-1", message: "first reason" } },
          { code: "EngineError", message: "Something went wrong processing your query on the server.", innererror: { code: "-2", message: "second reason" } },
        ],
      },
    });
    expect(words.codes).toEqual(["PartialError", "EngineError", "-1", "-2"]);
    expect(words.messages).toEqual([
      "There were some errors when processing your query.",
      "Something went wrong processing your query on the server.",
      "first reason",
      "second reason",
    ]);
  });

  it("reads an OAuth-shaped body", () => {
    expect(errorWords({ error: "invalid_grant", error_description: "AADSTS70008: expired" })).toEqual({ codes: ["invalid_grant"], messages: ["AADSTS70008: expired"] });
  });

  it("keeps a body that is not JSON as text, shortened", () => {
    expect(bodyWords("<html>bad gateway</html>")).toEqual({ codes: [], messages: ["<html>bad gateway</html>"] });
    expect(bodyWords("x".repeat(1000))?.messages[0]).toHaveLength(301);
    expect(bodyWords("  ")).toBeUndefined();
  });
});

describe("partialErrorOf", () => {
  it("reads the error after the tables without parsing them again, and falls back to a full parse", () => {
    const error = { code: "PartialError", details: [{ innererror: { message: "why" } }] };
    expect(partialErrorOf(JSON.stringify({ tables: [{ rows: [["a \"error\": b"]] }], error }))).toEqual(error);
    expect(partialErrorOf(JSON.stringify({ error, tables: [] }))).toEqual(error);
    expect(partialErrorOf('{"tables":[]}')).toBeUndefined();
  });
});

describe("classifyAzureError", () => {
  it("classifies by the captured status when the SDK threw a TypeError on a body it could not deserialise", () => {
    const error = classifyAzureError(new TypeError("Cannot read properties of undefined (reading 'code')"), now, raw(503, "", { "retry-after": "5" }));
    expect(error).toMatchObject({ kind: "server", details: { status: 503, retryAfterMs: 5000 } });
    expect(error.message).toBe("Log Analytics answered HTTP 503: no error body");
  });

  it("drops retry-after: 0 on a 5xx but keeps it on a 429 (where the backoff floor still applies)", () => {
    const rest = (statusCode: number) => Object.assign(new Error("x"), { name: "RestError", statusCode });
    expect(classifyAzureError(rest(504), now, raw(504, "{}", { "retry-after": "0" })).details.retryAfterMs).toBeUndefined();
    expect(classifyAzureError(rest(500), now, raw(500, "{}", { "retry-after": "0" })).details.retryAfterMs).toBeUndefined();
    expect(classifyAzureError(rest(429), now, raw(429, "{}", { "retry-after": "0" })).details.retryAfterMs).toBe(0);
    expect(classifyAzureError(rest(503), now, raw(503, "{}", { "retry-after": "2" })).details.retryAfterMs).toBe(2000);
  });

  it("uses the SDK's deserialised details when no raw answer was captured", () => {
    const err = Object.assign(new Error("The request had some invalid properties"), {
      statusCode: 400,
      code: "BadArgumentError",
      details: { error: { code: "BadArgumentError", message: "The request had some invalid properties", innererror: { code: "SEM0100", message: "deep words" } } },
    });
    expect(classifyAzureError(err, now).message).toBe("Log Analytics answered HTTP 400 BadArgumentError/SEM0100: The request had some invalid properties — deep words");
  });

  it("a 200 that is not JSON is a retryable bad response whose message does not repeat the body", () => {
    const err = Object.assign(new Error(`Error "SyntaxError" occurred while parsing the response body - ${"x".repeat(10_000)}`), { code: "PARSE_ERROR", statusCode: 200 });
    const error = classifyAzureError(err, now, raw(200, undefined));
    expect(error).toMatchObject({ kind: "bad-response", message: "Log Analytics answered HTTP 200 with an empty body" });
    const withBody = classifyAzureError(err, now, { status: 200, headers: headers(), emptyBody: false });
    expect(withBody.message).toBe("Log Analytics sent a response that is not valid JSON (HTTP 200)");
    expect(withBody.retryable).toBe(true);
  });
});
