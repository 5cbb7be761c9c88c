import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import {
  badRequestBody,
  badRequestResponse,
  decodeOffsetCursor,
  encodeOffsetCursor,
  parseAsOf,
  parseIncidentId,
  parsePagination,
  parseRefreshInterval,
  parseRegion,
  parseRotationInterval,
  parseTimeRange,
  parseViewQuery,
  parseWallQuery,
  type ParamResult,
} from "@/lib/params";

const config = loadConfigFile("config/demo.json");
const now = new Date("2026-03-10T12:00:00Z");

function errorOf<T>(result: ParamResult<T>) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}
function valueOf<T>(result: ParamResult<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe("time range", () => {
  it("turns a preset into a window ending at the given end", () => {
    const end = new Date("2026-03-09T00:00:00Z");
    expect(valueOf(parseTimeRange({ range: "6h" }, { now, end }))).toEqual({
      preset: "6h",
      from: new Date("2026-03-08T18:00:00Z"),
      to: end,
    });
    expect(valueOf(parseTimeRange({}, { now, defaultPreset: "24h" })).from).toEqual(new Date("2026-03-09T12:00:00Z"));
    for (const p of ["15m", "1h", "6h", "24h", "7d", "30d"]) expect(valueOf(parseTimeRange({ range: p }, { now })).preset).toBe(p);
  });

  it("accepts a custom window with offsets", () => {
    const r = valueOf(parseTimeRange({ from: "2026-03-01T00:00:00+01:00", to: "2026-03-02T00:00:00Z" }, { now }));
    expect(r).toEqual({ preset: "custom", from: new Date("2026-02-28T23:00:00Z"), to: new Date("2026-03-02T00:00:00Z") });
  });

  it.each([
    [{ range: "2h" }, "range"],
    [{ range: "1H" }, "range"],
    [{ range: ["1h", "6h"] }, "range"],
    [{ range: "1h", from: "2026-03-01T00:00:00Z", to: "2026-03-02T00:00:00Z" }, "range"],
    [{ from: "2026-03-01T00:00:00Z" }, "to"],
    [{ to: "2026-03-01T00:00:00Z" }, "from"],
    [{ from: "2026-03-01", to: "2026-03-02T00:00:00Z" }, "from"],
    [{ from: "2026-03-01T00:00:00", to: "2026-03-02T00:00:00Z" }, "from"],
    [{ from: "yesterday", to: "2026-03-02T00:00:00Z" }, "from"],
    [{ from: "2026-03-02T00:00:00Z", to: "2026-03-01T00:00:00Z" }, "from"],
    [{ from: "2026-03-01T00:00:00Z", to: "2026-03-01T00:00:00Z" }, "from"],
    [{ from: "2026-03-01T00:00:00Z", to: "2026-03-01T00:00:30Z" }, "to"],
    [{ from: "2025-12-01T00:00:00Z", to: "2026-03-02T00:00:00Z" }, "from"],
    [{ from: "2026-03-10T11:00:00Z", to: "2026-03-10T12:02:00Z" }, "to"],
    [{ from: "1999-03-10T11:00:00Z", to: "1999-03-11T12:02:00Z" }, "from"],
    [{ from: "2026-02-30T00:00:00Z", to: "2026-03-02T00:00:00Z" }, "from"],
  ])("rejects %j naming %s", (input, parameter) => {
    const error = errorOf(parseTimeRange(input, { now }));
    expect(error.parameter).toBe(parameter);
    expect(error.allowed).toContain("15m, 1h, 6h, 24h, 7d, 30d");
    expect(error.allowed).toContain("90 days");
  });

  it("allows exactly 90 days and up to a minute of clock skew", () => {
    expect(valueOf(parseTimeRange({ from: "2025-12-10T12:00:00Z", to: "2026-03-10T12:00:00Z" }, { now })).preset).toBe("custom");
    expect(valueOf(parseTimeRange({ from: "2026-03-10T11:00:00Z", to: "2026-03-10T12:00:59Z" }, { now })).preset).toBe("custom");
  });
});

describe("as of", () => {
  it("is optional and bounded", () => {
    expect(valueOf(parseAsOf(undefined, now))).toBeUndefined();
    expect(valueOf(parseAsOf("2026-03-01T08:00:00.123Z", now))).toEqual(new Date("2026-03-01T08:00:00.123Z"));
    expect(errorOf(parseAsOf("2026-03-10T12:01:01Z", now))).toMatchObject({ parameter: "at" });
    expect(errorOf(parseAsOf("2014-12-31T23:59:59Z", now)).message).toContain("before 2015");
    expect(errorOf(parseAsOf("now", now)).allowed).toContain("ISO-8601");
    expect(errorOf(parseAsOf("1741608000", now)).parameter).toBe("at");
  });
});

describe("region", () => {
  it("accepts configured ids only and lists them", () => {
    expect(valueOf(parseRegion("westeurope", config))).toBe("westeurope");
    expect(valueOf(parseRegion(undefined, config))).toBeUndefined();
    const error = errorOf(parseRegion("eastus", config));
    expect(error).toMatchObject({ parameter: "region", allowed: "one of the configured region ids: uksouth, westeurope" });
    expect(errorOf(parseRegion("UKSOUTH", config)).parameter).toBe("region");
    expect(errorOf(parseRegion('uksouth" | take 1', config)).message).toContain("not a configured region");
  });
});

describe("incident id", () => {
  it("accepts token ids and rejects anything else", () => {
    expect(valueOf(parseIncidentId("uksouth-2026-03-01T08:00:00.000Z"))).toBe("uksouth-2026-03-01T08:00:00.000Z");
    for (const bad of ["", "a b", "x".repeat(129), "a/b", 'a"b', "a\nb"]) expect(errorOf(parseIncidentId(bad)).parameter).toBe("id");
  });
});

describe("pagination", () => {
  it("bounds the limit and checks the cursor", () => {
    expect(valueOf(parsePagination({}))).toEqual({ limit: 100, cursor: undefined });
    expect(valueOf(parsePagination({ limit: "1000", cursor: encodeOffsetCursor(200) }))).toEqual({ limit: 1000, cursor: "MjAw" });
    expect(valueOf(decodeOffsetCursor("MjAw"))).toEqual({ offset: 200, stamp: undefined });
    expect(valueOf(decodeOffsetCursor(encodeOffsetCursor(400, "0123abcd")))).toEqual({ offset: 400, stamp: "0123abcd" });
    for (const bad of ["0", "1001", "-1", "1.5", "1e3", "ten", " 5"]) {
      expect(errorOf(parsePagination({ limit: bad }))).toMatchObject({ parameter: "limit", allowed: "a whole number from 1 to 1000" });
    }
    // A whole number out of range says so (it read "is not a whole number" past 7 digits and below 0).
    expect(errorOf(parsePagination({ limit: "100000000" })).message).toBe('"100000000" is out of range');
    expect(errorOf(parsePagination({ limit: "-1" })).message).toBe('"-1" is out of range');
    expect(errorOf(parsePagination({ limit: "1001" })).message).toBe('"1001" is out of range');
    expect(errorOf(parsePagination({ limit: "1.5" })).message).toBe('"1.5" is not a whole number');
    expect(errorOf(parsePagination({ cursor: "a+b/=" })).parameter).toBe("cursor");
    expect(errorOf(decodeOffsetCursor("bm9wZQ")).parameter).toBe("cursor");
    // The message names the value, as every other parameter's does (it read `"cursor": is not a cursor`).
    expect(errorOf(parsePagination({ cursor: "a+b/=" })).message).toBe('"a+b/=" is not a cursor');
    expect(errorOf(decodeOffsetCursor("bm9wZQ")).message).toBe('"bm9wZQ" is not a cursor this server made');
  });
});

describe("wall intervals", () => {
  it("accepts seconds and durations within bounds", () => {
    expect(valueOf(parseRefreshInterval(undefined))).toBe(30);
    expect(valueOf(parseRefreshInterval("2m"))).toBe(120);
    expect(valueOf(parseRefreshInterval("15"))).toBe(15);
    expect(errorOf(parseRefreshInterval("1s")).parameter).toBe("refresh");
    expect(errorOf(parseRefreshInterval("off")).allowed).toContain("10s to 3600s");
    expect(valueOf(parseRotationInterval("off"))).toBe(0);
    expect(valueOf(parseRotationInterval("1h"))).toBe(3600);
    expect(errorOf(parseRotationInterval("2h")).parameter).toBe("rotate");
  });
});

describe("query strings (route handlers and first paint)", () => {
  it("parses the same from URLSearchParams and from a page's searchParams record", () => {
    const url = new URLSearchParams("at=2026-03-09T00:00:00Z&range=1h&region=uksouth");
    const record = { at: "2026-03-09T00:00:00Z", range: "1h", region: "uksouth" };
    const a = valueOf(parseViewQuery(url, { config, now }));
    expect(a).toEqual(valueOf(parseViewQuery(record, { config, now })));
    expect(a).toMatchObject({ end: new Date("2026-03-09T00:00:00Z"), region: "uksouth", range: { from: new Date("2026-03-08T23:00:00Z") } });
  });

  // Before: a page (overview, drill-down, incidents) given an `at` before the data said "EVERY SOURCE
  // SILENT: the workspace, or the dashboard's access to it, is down", while /api/snapshot refused it.
  it("refuses a window ending before the data when the data's start is known, naming it", () => {
    const dataStart = new Date("2026-03-01T00:00:00Z");
    expect(errorOf(parseViewQuery({ at: "2026-02-28T12:00:00Z" }, { config, now, dataStart }))).toEqual({
      parameter: "at",
      message: "2026-02-28T12:00:00.000Z is before the data",
      allowed: "a moment at or after 2026-03-01T00:00:00.000Z (the first data) and at most 1 minute in the future",
    });
    expect(errorOf(parseViewQuery({ from: "2026-02-27T00:00:00Z", to: "2026-02-28T00:00:00Z" }, { config, now, dataStart })).parameter).toBe("to");
    // A window that ends inside the data is taken, even when it starts before it; unknown (Azure): no check.
    expect(valueOf(parseViewQuery({ at: "2026-03-01T00:30:00Z" }, { config, now, dataStart })).end).toEqual(new Date("2026-03-01T00:30:00Z"));
    expect(valueOf(parseViewQuery({ at: "2026-02-28T12:00:00Z" }, { config, now, dataStart: null })).end).toEqual(new Date("2026-02-28T12:00:00Z"));
  });

  it("refuses repeated parameters from either source", () => {
    expect(errorOf(parseViewQuery(new URLSearchParams("region=uksouth&region=westeurope"), { config, now })).message).toContain("2 times");
    expect(errorOf(parseViewQuery({ range: ["1h", "6h"] }, { config, now })).parameter).toBe("range");
  });

  // Before: `at` was ignored beside from/to, and the answer was as of `to`, not the moment asked for.
  it("refuses an `at` that is not the end of a from/to window, and takes one that is", () => {
    const window = "from=2026-03-08T00:00:00Z&to=2026-03-08T06:00:00Z";
    const refused = errorOf(parseViewQuery(new URLSearchParams(`${window}&at=2026-03-09T00:00:00Z`), { config, now }));
    expect(refused).toEqual({
      parameter: "at",
      message: "2026-03-09T00:00:00.000Z is not the end of the from/to window (2026-03-08T06:00:00.000Z), which is the moment it shows",
      allowed: "with from and to, leave at out or give it equal to to",
    });
    expect(valueOf(parseViewQuery(new URLSearchParams(`${window}&at=2026-03-08T06:00:00Z`), { config, now }))).toMatchObject({ asOf: new Date("2026-03-08T06:00:00Z"), range: { preset: "custom" } });
    expect(valueOf(parseViewQuery(new URLSearchParams(window), { config, now }))).toMatchObject({ asOf: undefined, range: { to: new Date("2026-03-08T06:00:00Z") } });
  });

  it("parses the wall's intervals", () => {
    expect(valueOf(parseWallQuery(new URLSearchParams("refresh=1m&rotate=off"), { config, now }))).toMatchObject({
      refreshSeconds: 60,
      rotateSeconds: 0,
      range: { preset: "1h" },
    });
    expect(errorOf(parseWallQuery(new URLSearchParams("refresh=5"), { config, now })).parameter).toBe("refresh");
  });

  it("builds the 400 body and response", async () => {
    const error = errorOf(parseViewQuery(new URLSearchParams("region=mars"), { config, now }));
    expect(badRequestBody(error)).toEqual({
      error: 'invalid parameter "region": "mars" is not a configured region',
      parameter: "region",
      allowed: "one of the configured region ids: uksouth, westeurope",
    });
    const res = badRequestResponse(error);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ parameter: "region" });
  });

  it("writes characters nobody can see as escapes in the 400's words", () => {
    // A value pasted with a zero-width space, a right-to-left override, a no-break space, a tag character.
    const invisible = errorOf(parseViewQuery(new URLSearchParams("region=uksouth\u200b&range=1h"), { config, now }));
    expect(badRequestBody(invisible).error).toBe('invalid parameter "region": "uksouth\\u200b" is not a configured region');
    const range = errorOf(parseViewQuery(new URLSearchParams("range=1h\u202e\u00a0\u{e0041}"), { config, now }));
    expect(badRequestBody(range).error).toContain('"1h\\u202e\\u00a0\\u{e0041}"');
    // A misspelt name is echoed the same way; the JSON field keeps the name as it was sent.
    expect(badRequestBody({ parameter: "reg\u200bion", message: "not a parameter name", allowed: "region" })).toMatchObject({
      error: 'invalid parameter "reg\\u200bion": not a parameter name',
      parameter: "reg\u200bion",
    });
  });
});
