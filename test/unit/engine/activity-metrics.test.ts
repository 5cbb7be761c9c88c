import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlUnsupportedError, runQuery } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const day = (d: number) => `2024-01-0${d}T00:00:00.000Z`;

describe("evaluate activity_metrics()", () => {
  // Day 1: a b c; day 2: a b d (2 returned of 3, d new); day 3: d e (1 returned of 3, e new).
  const T = `let T = datatable(User:string, Day:datetime, App:string)[
    "a", datetime(2024-01-01), "x", "b", datetime(2024-01-01), "x", "c", datetime(2024-01-01), "y", "a", datetime(2024-01-01), "x",
    "a", datetime(2024-01-02), "x", "b", datetime(2024-01-02), "y", "d", datetime(2024-01-02), "y",
    "d", datetime(2024-01-03), "y", "e", datetime(2024-01-03), "x"];`;

  it("counts distinct and new ids per window; retention = returned / previous ids, churn = 1 − retention; NaN in the first window", () => {
    const r = run(`${T} T | evaluate activity_metrics(User, Day, datetime(2024-01-01), datetime(2024-01-03), 1d)`);
    expect(r.columns).toEqual([
      { name: "Day", type: "datetime" },
      { name: "dcount_values", type: "long" },
      { name: "dcount_newvalues", type: "long" },
      { name: "retention_rate", type: "real" },
      { name: "churn_rate", type: "real" },
    ]);
    expect(r.rows).toEqual([
      [day(1), 3, 3, NaN, NaN],
      [day(2), 3, 1, 2 / 3, 1 / 3],
      [day(3), 2, 1, 1 / 3, 2 / 3],
    ]);
  });

  it("the first window's NaN is a real NaN (isnan), not a null", () => {
    const r = run(`${T} T | evaluate activity_metrics(User, Day, datetime(2024-01-01), datetime(2024-01-03), 1d) | project n = isnan(retention_rate), z = isnull(churn_rate)`);
    expect(r.rows[0]).toEqual([true, false]);
  });

  it("slices by a dimension: each combination compares its own windows", () => {
    const r = run(`${T} T | evaluate activity_metrics(User, Day, datetime(2024-01-01), datetime(2024-01-03), 1d, App) | where App == "x"`);
    expect(r.columns.map((c) => c.name)).toEqual(["Day", "App", "dcount_values", "dcount_newvalues", "retention_rate", "churn_rate"]);
    // x: day 1 {a, b}; day 2 {a}; day 3 {e}.
    expect(r.rows).toEqual([
      [day(1), "x", 2, 2, NaN, NaN],
      [day(2), "x", 1, 0, 0.5, 0.5],
      [day(3), "x", 1, 1, 0, 1],
    ]);
  });

  it("windows of several days start at Start; records before Start are not a previous window", () => {
    const r = run(`${T} T | evaluate activity_metrics(User, Day, datetime(2023-12-31), datetime(2024-01-03), 2d)`);
    // [12-31, 01-02): a b c; [01-02, 01-04): a b d e.
    expect(r.rows).toEqual([
      ["2023-12-31T00:00:00.000Z", 3, 3, NaN, NaN],
      ["2024-01-02T00:00:00.000Z", 4, 2, 2 / 3, 1 / 3],
    ]);
    const later = run(`${T} T | evaluate activity_metrics(User, Day, datetime(2024-01-02), datetime(2024-01-03), 1d)`);
    expect(later.rows[0]).toEqual([day(2), 3, 3, NaN, NaN]);
  });

  it("a null id is no value (as dcount); numeric timelines and steps work", () => {
    const r = run(`datatable(u:long, t:long)[1, 0, long(null), 0, 1, 10, 2, 10] | evaluate activity_metrics(u, t, 0, 19, 10)`);
    expect(r.rows).toEqual([
      [0, 1, 1, NaN, NaN],
      [10, 2, 1, 1, 0],
    ]);
  });

  it("refuses what its page does not say: empty windows, records after End in the last window, no Start/End, calendar windows (the analyzer itself rejects those)", () => {
    expect(() => run(`${T} T | evaluate activity_metrics(User, Day, datetime(2024-01-01), datetime(2024-01-05), 1d)`)).toThrow(/window without records/);
    const late = `datatable(u:string, t:datetime)["a", datetime(2024-01-01T06:00:00)] | evaluate activity_metrics(u, t, datetime(2024-01-01), datetime(2024-01-01T03:00:00), 1d)`;
    expect(() => run(late)).toThrow(/after End inside the last window .*2024-01-01T06:00:00/);
    expect(() => run(`${T} T | evaluate activity_metrics(User, Day, 1d)`)).toThrow(KqlUnsupportedError);
    expect(() => run(`${T} T | evaluate activity_metrics(User, Day, datetime(2024-01-01), datetime(2024-01-03), "week")`)).toThrow(/KS138: The argument value must be summable/);
    expect(() => run(`${T} T | evaluate activity_metrics(User, Day, datetime(2024-01-01), datetime(2024-01-03), 0d)`)).toThrow(/step that is not positive/);
  });

  it("names a bad argument: an id that is an expression (the analyzer), a null Start", () => {
    expect(() => run(`${T} T | evaluate activity_metrics(strcat(User, "x"), Day, datetime(2024-01-01), datetime(2024-01-03), 1d)`)).toThrow(/KS109: Column name expected. near .strcat/);
    expect(() => run(`${T} T | evaluate activity_metrics(User, Day, datetime(null), datetime(2024-01-03), 1d)`)).toThrow(/activity_metrics\(\) with a null parameter/);
  });

  it("an empty input has no window to report", () => {
    expect(run(`${T} T | where User == "nobody" | evaluate activity_metrics(User, Day, datetime(2024-01-01), datetime(2024-01-03), 1d)`).rows).toEqual([]);
  });
});

describe("evaluate new_activity_metrics()", () => {
  // The page's worked example: users seen per day, 11/1 .. 11/5 (11/6 has no record).
  const sets = [
    [0, 2, 3, 4],
    [0, 1, 3, 4, 5],
    [0, 2, 4, 5],
    [0, 1, 2, 3],
    [0, 1, 2, 3, 4],
  ];
  const Users = `let Users = datatable(user:long, Timestamp:datetime)[${sets.flatMap((s, d) => s.map((u) => `${u}, datetime(2019-11-0${d + 1})`)).join(", ")}];`;
  const nam = (extra: string) => run(`${Users} Users | evaluate new_activity_metrics(user, Timestamp, datetime(2019-11-01), datetime(2019-11-06), 1d${extra})`);
  const doc = (from: number, to: number, ...m: number[]) => [`2019-11-0${from}T00:00:00.000Z`, `2019-11-0${to}T00:00:00.000Z`, ...m];

  it("gives the page's rows R=1..R=11 (cohorts 11/1 and 11/2), columns and types as its schema", () => {
    const first = nam(", datetime(2019-11-01)");
    expect(first.columns).toEqual([
      { name: "from_Timestamp", type: "datetime" },
      { name: "to_Timestamp", type: "datetime" },
      { name: "dcount_new_values", type: "long" },
      { name: "dcount_retained_values", type: "long" },
      { name: "dcount_churn_values", type: "long" },
      { name: "retention_rate", type: "real" },
      { name: "churn_rate", type: "real" },
    ]);
    expect(first.rows).toEqual([
      doc(1, 1, 4, 4, 0, 1, 0),
      doc(1, 2, 2, 3, 1, 0.75, 0.25),
      doc(1, 3, 1, 3, 1, 0.75, 0.25),
      doc(1, 4, 1, 3, 1, 0.75, 0.25),
      doc(1, 5, 1, 4, 0, 1, 0),
      doc(1, 6, 0, 0, 4, 0, 1),
    ]);
    expect(nam(", datetime(2019-11-02)").rows).toEqual([
      doc(2, 2, 2, 2, 0, 1, 0),
      doc(2, 3, 0, 1, 1, 0.5, 0.5),
      doc(2, 4, 0, 1, 1, 0.5, 0.5),
      doc(2, 5, 0, 1, 1, 0.5, 0.5),
      doc(2, 6, 0, 0, 2, 0, 1),
    ]);
  });

  it("without Cohort, every cohort; a cohort window without new ids is refused (its page does not say whether it has rows)", () => {
    expect(() => nam("")).toThrow(/cohort window without new ids .*\(the window at 2019-11-03/);
    const two = run(`${Users} Users | where Timestamp < datetime(2019-11-03) | evaluate new_activity_metrics(user, Timestamp, datetime(2019-11-01), datetime(2019-11-02), 1d)`);
    expect(two.rows).toEqual([doc(1, 1, 4, 4, 0, 1, 0), doc(1, 2, 2, 3, 1, 0.75, 0.25), doc(2, 2, 2, 2, 0, 1, 0)]);
  });

  it("Lookback's ids are not new: they leave the cohort and do not count as new later", () => {
    const r = run(`${Users} let Back = datatable(user:long)[2, 5];
      Users | evaluate new_activity_metrics(user, Timestamp, datetime(2019-11-01), datetime(2019-11-03), 1d, datetime(2019-11-01), Back)`);
    // Cohort 11/1 = {0, 3, 4}; 11/2 = {0,1,3,4,5}: retained 3, new {1} (5 is in Lookback); 11/3 = {0,2,4,5}: retained 2, new none.
    expect(r.rows).toEqual([doc(1, 1, 3, 3, 0, 1, 0), doc(1, 2, 1, 3, 0, 1, 0), doc(1, 3, 0, 2, 1, 2 / 3, 1 / 3)]);
  });

  it("slices by a dimension column after the Cohort", () => {
    const r = run(`datatable(u:string, t:long, g:string)["a", 0, "x", "b", 0, "y", "a", 1, "x", "c", 1, "x", "d", 1, "y"]
      | evaluate new_activity_metrics(u, t, 0, 1, 1, g) | order by g asc, from_t asc, to_t asc`);
    expect(r.columns.map((c) => c.name)).toEqual(["from_t", "to_t", "g", "dcount_new_values", "dcount_retained_values", "dcount_churn_values", "retention_rate", "churn_rate"]);
    expect(r.rows).toEqual([
      [0, 0, "x", 1, 1, 0, 1, 0],
      [0, 1, "x", 1, 1, 0, 1, 0],
      [1, 1, "x", 1, 1, 0, 1, 0],
      [0, 0, "y", 1, 1, 0, 1, 0],
      [0, 1, "y", 1, 0, 1, 0, 1],
      [1, 1, "y", 1, 1, 0, 1, 0],
    ]);
    expect(() => run(`datatable(u:string, t:long, g:string)["a", 0, "x", "b", 0, "y", "a", 1, "x"] | evaluate new_activity_metrics(u, t, 0, 1, 1, g)`)).toThrow(/without new ids .*the window at 1:/);
  });

  it("refuses a Cohort off the windows, Lookback with dimensions or without the id column, and bad windows", () => {
    expect(() => nam(", datetime(2019-11-01T12:00:00)")).toThrow(/Cohort that is not the start of one of its windows/);
    expect(() => nam(", datetime(2019-12-01)")).toThrow(/Cohort that is not the start/);
    expect(() => run(`${Users} let Back = datatable(other:long)[2]; Users | evaluate new_activity_metrics(user, Timestamp, datetime(2019-11-01), datetime(2019-11-03), 1d, datetime(2019-11-01), Back)`)).toThrow(/without the id column user/);
    expect(() => run(`datatable(u:string, t:long, g:string)["a", 0, "x"] | evaluate new_activity_metrics(u, t, 0, 1, 1, 0, g, (datatable(u:string)["b"]))`)).toThrow(/both dimensions and a Lookback/);
    expect(() => run(`${Users} Users | evaluate new_activity_metrics(user, Timestamp, datetime(2019-11-01), datetime(2019-11-06), 0d)`)).toThrow(/Window that is not positive/);
    expect(() => run(`${Users} Users | evaluate new_activity_metrics(user, Timestamp, datetime(2019-11-01), datetime(2019-11-06), "month")`)).toThrow(/calendar Window/);
  });

  it("agrees with the page's definitions computed from id sets, over 8 windows of pseudo-random ids", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const windows = Array.from({ length: 8 }, (_, w) => [...new Set(Array.from({ length: 12 }, () => Math.floor(next() * 30) + w * 2))]);
    const back = [0, 1, 2, 3];
    // A cohort window may come out empty: make sure each has an id no earlier window (nor Lookback) has.
    windows.forEach((ids, w) => ids.push(1000 + w));
    const rowsText = windows.flatMap((ids, w) => ids.map((u) => `${u}, ${w}`)).join(", ");
    // Lookback comes after a Cohort (the analyzer reads a 6th argument that is no column as the Cohort).
    const rows = windows.flatMap((_, c) => run(`let Back = datatable(u:long)[${back.join(", ")}]; datatable(u:long, t:long)[${rowsText}] | evaluate new_activity_metrics(u, t, 0, 7, 1, ${c}, Back)`).rows);
    const expected: number[][] = [];
    windows.forEach((ids, from) => {
      const before = new Set([...back, ...windows.slice(0, from).flat()]);
      const cohort = ids.filter((id) => !before.has(id));
      const through = new Set([...before, ...ids]);
      for (let to = from; to < windows.length; to++) {
        const there = new Set(windows[to]);
        const retained = cohort.filter((id) => there.has(id)).length;
        const fresh = to === from ? cohort.length : windows[to].filter((id) => !through.has(id)).length;
        expected.push([from, to, fresh, retained, cohort.length - retained, retained / cohort.length, (cohort.length - retained) / cohort.length]);
      }
    });
    expect(rows).toEqual(expected);
  });

  it("names a bad argument: an id that is an expression (the analyzer), a null End", () => {
    expect(() => run(`${Users} Users | evaluate new_activity_metrics(user + 1, Timestamp, datetime(2019-11-01), datetime(2019-11-06), 1d)`)).toThrow(/KS109: Column name expected. near .user \+ 1/);
    expect(() => run(`${Users} Users | evaluate new_activity_metrics(user, Timestamp, datetime(2019-11-01), datetime(null), 1d)`)).toThrow(/with a null End/);
  });

  it("an empty input gives no rows", () => {
    expect(run(`${Users} Users | take 0 | evaluate new_activity_metrics(user, Timestamp, datetime(2019-11-01), datetime(2019-11-06), 1d)`).rows).toEqual([]);
  });
});
