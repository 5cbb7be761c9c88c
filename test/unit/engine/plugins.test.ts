import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlUnsupportedError, runQuery } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const sorted = (rows: unknown[][]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe("ipv4_lookup / ipv6_lookup", () => {
  const Nets = `let Nets = datatable(network:string, site:string, tier:string)["10.0.0.0/8","core","gold", "192.168.1.0/24","lab","free", "192.168.1.0/24","lab-b","gold"];`;

  it("matches addresses inside a network; unmatched and unparsable rows only with return_unmatched", () => {
    const q = `${Nets} datatable(ip:string)["10.1.2.3", "8.8.8.8", "not an ip"] | evaluate ipv4_lookup(Nets, ip, network`;
    expect(run(`${q})`).rows).toEqual([["10.1.2.3", "10.0.0.0/8", "core", "gold"]]);
    expect(sorted(run(`${q}, return_unmatched = true)`).rows)).toEqual(sorted([["10.1.2.3", "10.0.0.0/8", "core", "gold"], ["8.8.8.8", "", "", ""], ["not an ip", "", "", ""]]));
  });

  it("extra keys must also be equal; an address in two matching networks is refused", () => {
    const q = `${Nets} datatable(ip:string, tier:string)["192.168.1.7", "gold"] | evaluate ipv4_lookup(Nets, ip, network`;
    expect(run(`${q}, tier)`).rows).toEqual([["192.168.1.7", "gold", "192.168.1.0/24", "lab-b"]]);
    expect(() => run(`${Nets} datatable(ip:string)["192.168.1.7"] | evaluate ipv4_lookup(Nets, ip, network)`)).toThrow(/inside several lookup networks/);
  });

  it("ipv6_lookup reads IPv6 prefixes and IPv4 addresses as their mapped form", () => {
    const r = run(`let N = datatable(net:string, name:string)["2001:db8::/32","doc", "::ffff:0:0/96","v4"];
      datatable(ip:string)["2001:0db8:0001::1", "1.2.3.4", "fe80::1"] | evaluate ipv6_lookup(N, ip, net)`);
    expect(sorted(r.rows)).toEqual(sorted([["2001:0db8:0001::1", "2001:db8::/32", "doc"], ["1.2.3.4", "::ffff:0:0/96", "v4"]]));
  });
});

describe("activity plugins", () => {
  const T = `let T = datatable(User:string, Day:datetime, App:string)[
    "a", datetime(2024-01-01), "x", "b", datetime(2024-01-01), "x", "a", datetime(2024-01-02), "x",
    "c", datetime(2024-01-02), "y", "a", datetime(2024-01-03), "x", "c", datetime(2024-01-03), "y"];`;

  it("activity_counts_metrics: per window count, distinct, new and cumulative distinct ids, per dimension", () => {
    const r = run(`${T} T | evaluate activity_counts_metrics(User, Day, datetime(2024-01-01), datetime(2024-01-03), 1d)`);
    expect(r.columns.map((c) => c.name)).toEqual(["Day", "count", "dcount", "new_dcount", "aggregated_dcount"]);
    expect(r.rows.map((row) => row.slice(1))).toEqual([
      [2, 2, 2, 2],
      [2, 2, 1, 3],
      [2, 2, 0, 3],
    ]);
    const byApp = run(`${T} T | where App == "x" | evaluate activity_counts_metrics(User, Day, datetime(2024-01-01), datetime(2024-01-03), 1d, App)`);
    expect(byApp.rows.map((row) => row.slice(1))).toEqual([
      ["x", 2, 2, 2, 2],
      ["x", 1, 1, 0, 2],
      ["x", 1, 1, 0, 2],
    ]);
  });

  it("refuses a window without records instead of guessing whether it gets a row", () => {
    expect(() => run(`${T} T | evaluate activity_counts_metrics(User, Day, datetime(2024-01-01), datetime(2024-01-05), 1d)`)).toThrow(/window without records/);
    expect(() => run(`${T} T | evaluate sliding_window_counts(User, Day, datetime(2024-01-01), datetime(2024-01-09), 2d, 1d)`)).toThrow(KqlUnsupportedError);
  });

  it("sliding_window_counts counts the lookback ending with each bin", () => {
    const r = run(`${T} T | evaluate sliding_window_counts(User, Day, datetime(2024-01-01), datetime(2024-01-04), 2d, 1d)`);
    expect(r.rows.map((row) => row.slice(1))).toEqual([
      [2, 2],
      [4, 3],
      [4, 2],
      [2, 2],
    ]);
  });

  it("active_users_count: ids seen in at least N periods of the lookback ending at an appearance", () => {
    const r = run(`${T} T | evaluate active_users_count(User, Day, datetime(2024-01-01), datetime(2024-01-03), 3d, 1d, 2, 1d)`);
    // a: 01-02 has 2 days in (12-30, 01-02]; c: 01-03 has 2 days. Day 01-01 has no active user: no row.
    expect(r.rows.map((row) => row.slice(1))).toEqual([[1], [2]]);
  });
});

describe("rows_near and rolling_percentile", () => {
  it("rows_near keeps rows within N before / M after a match, once each, in order", () => {
    const r = run(`range x from 1 to 10 step 1 | evaluate rows_near(x == 3 or x == 5, 1, 2)`);
    expect(r.rows.map((row) => row[0])).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it("rolling_percentile takes the nearest-rank percentile of the window's bins, and refuses a gap bin", () => {
    const r = run(`datatable(t:long, v:long)[0,1, 0,9, 1,5, 2,2] | evaluate rolling_percentile(v, 50, t, 1, 2)`);
    expect(r.rows).toEqual([
      [0, 1],
      [1, 5],
      [2, 2],
    ]);
    expect(() => run(`datatable(t:long, v:long)[0,1, 2,2] | evaluate rolling_percentile(v, 50, t, 1, 2)`)).toThrow(/bin without values/);
  });
});

describe("pivot", () => {
  const T = `datatable(S:string, E:string, D:long)["AL","x",1, "AK","x",2, "AL","y",3, "TX","z",4, "AL","x",5]`;

  it("with an output schema: one column per listed value, count() or sum(), 0 where a value has no rows", () => {
    expect(sorted(run(`${T} | evaluate pivot(S, sum(D)) : (E:string, AL:long, AK:long)`).rows)).toEqual(sorted([["x", 6, 2], ["y", 3, 0], ["z", 0, 0]]));
    expect(sorted(run(`${T} | evaluate pivot(S, count(), E) : (E:string, AL:long, TX:long)`).rows)).toEqual(sorted([["x", 2, 0], ["y", 1, 0], ["z", 0, 1]]));
  });

  it("without a schema: exact for at most one value (the key columns are the analyzer's); several values are refused", () => {
    expect(run(`${T} | where S == "TX" | evaluate pivot(S, sum(D), E)`)).toEqual({
      columns: [
        { name: "E", type: "string" },
        { name: "TX", type: "long" },
      ],
      rows: [["z", 4]],
    });
    expect(run(`${T} | where S == "none" | evaluate pivot(S, sum(D), E)`).rows).toEqual([]);
    expect(() => run(`${T} | evaluate pivot(S)`)).toThrow(/without an output schema over several values/);
  });

  it("refuses aggregations whose empty cell is undocumented", () => {
    expect(() => run(`${T} | evaluate pivot(S, avg(D)) : (E:string, AL:real)`)).toThrow(/pivot\(\) with avg/);
  });
});
