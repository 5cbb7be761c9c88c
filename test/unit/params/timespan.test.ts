import { describe, expect, it } from "vitest";
import { parseTimespanWindow, parseZonedTime } from "@/lib/params/timespan";

const at = new Date("2026-11-22T08:00:00Z");
const iso = (w: { from: Date; to: Date }) => [w.from.toISOString(), w.to.toISOString()];

describe("the kql CLI's --timespan", () => {
  it.each([
    ["PT1H", ["2026-11-22T07:00:00.000Z", "2026-11-22T08:00:00.000Z"]],
    ["P1DT6H", ["2026-11-21T02:00:00.000Z", "2026-11-22T08:00:00.000Z"]],
    ["2026-11-22T00:00:00Z/2026-11-22T06:00:00Z", ["2026-11-22T00:00:00.000Z", "2026-11-22T06:00:00.000Z"]],
    ["2026-11-22T01:00:00+01:00/PT2H", ["2026-11-22T00:00:00.000Z", "2026-11-22T02:00:00.000Z"]],
    ["PT30M/2026-11-22T06:00:00Z", ["2026-11-22T05:30:00.000Z", "2026-11-22T06:00:00.000Z"]],
  ])("reads %s as the query API does", (text, expected) => {
    expect(iso(parseTimespanWindow(text, at))).toEqual(expected);
  });

  // Each of these used to run and print a (different or empty) answer with exit code 0.
  it.each([
    ["a date without a zone (the local time of whoever runs it)", "2026-11-22T00:00:00/2026-11-22T06:00:00", /--timespan start: "2026-11-22T00:00:00" is not an ISO-8601 date-time with a time zone/],
    ["an end before its start", "2026-11-22T06:00:00Z/2026-11-22T00:00:00Z", /start 2026-11-22T06:00:00.000Z is not before the end/],
    ["a duration past the calendar", "P99999999999D", /reaches past the calendar/],
    ["two slashes", "2026-11-22T00:00:00Z/PT1H/PT1H", /more than one "\/"/],
    ["words", "an hour", /is not a duration; allowed: an ISO-8601 duration/],
  ])("refuses %s, saying what is allowed", (_name, text, message) => {
    expect(() => parseTimespanWindow(text, at)).toThrow(message);
  });
});

describe("a CLI's zoned date-time", () => {
  it("accepts Z and offsets, refuses a date-time without a zone", () => {
    expect(parseZonedTime("2026-11-22T09:00:00+01:00", "--at").toISOString()).toBe("2026-11-22T08:00:00.000Z");
    expect(() => parseZonedTime("2026-11-22T08:00:00", "--at")).toThrow(/^--at: "2026-11-22T08:00:00" is not an ISO-8601 date-time with a time zone/);
    expect(() => parseZonedTime("Nov 22 2026", "--at")).toThrow(/--at/);
  });
});
