import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlRuntimeError, KqlUnsupportedError } from "@/lib/engine";
import { punycodeDecode, punycodeEncode } from "@/lib/engine/text/punycode";
import { windowsArgv } from "@/lib/engine/functions-codec";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const one = (q: string) => run(q).rows[0];

describe("compression and encodings", () => {
  // A string result has no null in Kusto: a failed decompression is the empty string (the pages' "x0x0x0").
  it("round-trips gzip and zlib, and gives an empty string for text that is no stream or no base64", () => {
    expect(
      one('print g=gzip_decompress_from_base64_string(gzip_compress_to_base64_string("héllo wörld")), z=zlib_decompress_from_base64_string(zlib_compress_to_base64_string("x")), bad=zlib_decompress_from_base64_string("AAAA"), nb=gzip_decompress_from_base64_string("%%")'),
    ).toEqual(["héllo wörld", "x", "", ""]);
  });

  it("guid ↔ base64 are inverses in .NET byte order", () => {
    const [b, back] = one('print b=base64_encode_fromguid(toguid("ae3133f2-6e22-49ae-b06a-16e6a9b212eb")) | extend back=base64_decode_toguid(b)');
    expect(b).toBe("8jMxriJurkmwahbmqbIS6w==");
    expect(back).toBe("ae3133f2-6e22-49ae-b06a-16e6a9b212eb");
    expect(one('print base64_decode_toguid("AAAA")')).toEqual([null]);
  });

  it("Punycode follows RFC 3492's sample strings", () => {
    // RFC 3492 §7.1 (A) Arabic (Egyptian) and (L) the Japanese "3年B組金八先生".
    expect(punycodeEncode("\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f")).toBe("egbpdaj6bu4bxfgehfvwxn");
    expect(punycodeEncode("3\u5e74B\u7d44\u91d1\u516b\u5148\u751f")).toBe("3B-ww4c5e180e575a65lsy2b");
    expect(punycodeDecode("3B-ww4c5e180e575a65lsy2b")).toBe("3\u5e74B\u7d44\u91d1\u516b\u5148\u751f");
    expect(punycodeDecode("a-!!")).toBeNull();
    expect(one('print punycode_domain_to_string("bücher.example"), punycode_domain_from_string("xn--bcher-kva.example")')).toEqual(["xn--bcher-kva.example", "bücher.example"]);
  });

  it("splits a Windows command line by CommandLineToArgvW's rules", () => {
    expect(windowsArgv('prog a\\\\\\"b "c d" e\\f')).toEqual(["prog", 'a\\"b', "c d", "e\\f"]);
    expect(windowsArgv('"C:\\Program Files\\x.exe" "a""b"')).toEqual(["C:\\Program Files\\x.exe", 'a"b']);
    expect(one('print parse_command_line("a b", "linux")')).toEqual([null]);
  });
});

describe("IPv6", () => {
  it("canonical forms, IPv4 as mapped addresses with IPv4 prefixes", () => {
    expect(one('print parse_ipv6("::1"), parse_ipv6("fe80::1/64"), parse_ipv6("10.0.0.1/8"), parse_ipv6("1::2::3"), parse_ipv6("fe80::/129")')).toEqual([
      "0000:0000:0000:0000:0000:0000:0000:0001",
      "fe80:0000:0000:0000:0000:0000:0000:0000",
      "0000:0000:0000:0000:0000:ffff:0a00:0000",
      "",
      "",
    ]);
  });

  it("compares under the shortest prefix and tests ranges", () => {
    expect(one('print ipv6_compare("::2", "::1"), ipv6_compare("::1", "::2", 126), ipv6_is_match("fe80::1", "fe80::ff/120"), ipv6_is_in_range("2001:db8::1", "2001:db8::/32"), ipv6_is_in_any_range("2001:db9::1", "2001:db8::/32", "2001:db9::/48"), ipv6_compare("x", "::1")')).toEqual([1, 0, true, true, true, null]);
  });

  it("covers an IPv4 range with the fewest CIDR blocks", () => {
    expect(one('print ipv4_range_to_cidr_list("10.0.0.0", "10.0.0.255"), ipv4_range_to_cidr_list("10.0.0.1", "10.0.0.4"), ipv4_range_to_cidr_list("10.0.0.9", "10.0.0.1")')).toEqual([
      ["10.0.0.0/24"],
      ["10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/32"],
      null,
    ]);
  });
});

describe("time zones", () => {
  it("converts both ways, standard time for an ambiguous local time, null for an unknown zone", () => {
    expect(one("print datetime_utc_to_local(datetime(2024-07-01 12:00), 'America/New_York'), datetime_local_to_utc(datetime(2024-01-15 08:00), 'Asia/Kolkata'), datetime_local_to_utc(datetime(2022-10-30 02:30), 'Europe/Brussels'), datetime_utc_to_local(datetime(2024-01-01), 'Mars/Olympus')")).toEqual([
      "2024-07-01T08:00:00.000Z",
      "2024-01-15T02:30:00.000Z",
      "2022-10-30T01:30:00.000Z",
      null,
    ]);
  });

  it("US/Pacific is 17 hours behind Australia/Canberra in July (the utc-to-local page's diff)", () => {
    expect(one("print d = datetime_utc_to_local(datetime(2022-07-11 22:18), 'US/Pacific') - datetime_utc_to_local(datetime(2022-07-11 22:18), 'Australia/Canberra')")).toEqual(["-17:00:00"]);
  });
});

describe("beta distribution", () => {
  it("cdf, pdf and inverse agree with closed forms; bad arguments follow the pages", () => {
    // Beta(2, 5): I_x = 1 − (1−x)^5 (1 + 5x); pdf 30 x (1−x)^4.
    const [c, p, inv, nanX, nullP] = one("print beta_cdf(0.3, 2, 5), beta_pdf(0.3, 2, 5), beta_inv(0.579825, 2, 5), beta_cdf(1.5, 2, 5), beta_inv(0, 2, 5)") as number[];
    expect(c).toBeCloseTo(1 - 0.7 ** 5 * 2.5, 12);
    expect(p).toBeCloseTo(30 * 0.3 * 0.7 ** 4, 10);
    expect(inv).toBeCloseTo(0.3, 10);
    expect(Number.isNaN(nanX)).toBe(true);
    expect(nullP).toBeNull();
  });
});

describe("text, JSON and arrays", () => {
  it("extract_all picks capture groups by index and by RE2 name", () => {
    expect(one('print extract_all(@"(?P<k>\\w)=(\\d)", dynamic(["k", 2]), "a=1, b=2"), extract_all(@"(\\w)=(\\d)", dynamic([2]), "a=1, b=2")')).toEqual([
      [["a", "1"], ["b", "2"]],
      ["1", "2"],
    ]);
  });

  it("extract_json reads member and index paths; other JSONPath forms are refused", () => {
    expect(one('print extract_json("$.a[1].b", \'{"a":[0,{"b":7}]}\', typeof(long)), extract_json("$.x", \'{"a":1}\'), extract_json("$[\'a\']", \'{"a":{"c":1}}\')')).toEqual([7, "", '{"c":1}']);
    expect(() => run('print extract_json("$..a", "{}")')).toThrow(KqlUnsupportedError);
  });

  it("bag_remove_keys removes nested members; has_any_index finds whole terms", () => {
    expect(one('print bag_remove_keys(dynamic({"a":{"b":1,"c":2},"d":3}), dynamic(["$.a.b", "$.zz.y", "d"])), has_any_index("Error: disk full", dynamic(["disk", "error"])), has_any_index("diskette", dynamic(["disk"]))')).toEqual([
      { a: { c: 2 } },
      0,
      -1,
    ]);
  });

  it("array_sort_* of several arrays reorders them all by the first (stable, nulls last)", () => {
    expect(one('print array_sort_asc(dynamic([3, null, 1, 3]), dynamic(["c", "n", "a", "c2"]))[1], array_sort_desc(dynamic([1, 2]), dynamic(["x"]))[0]')).toEqual([["a", "c", "c2", "n"], null]);
    expect(run("print array_sort_asc(dynamic([2, 1]), dynamic([1, 2]))").rows).toEqual([[[1, 2], [2, 1]]]);
  });
});

describe("series filters", () => {
  it("series_iir applies the difference equation; a non-numeric element is refused", () => {
    // A one-pole low-pass: y[n] = 0.5 x[n] + 0.5 y[n-1].
    expect(one("print series_iir(dynamic([2, 2, 2]), dynamic([0.5]), dynamic([1, -0.5]))")).toEqual([[1, 1.5, 1.75]]);
    expect(() => run('print series_iir(dynamic([1, "a"]), dynamic([1]), dynamic([1]))')).toThrow(KqlUnsupportedError);
  });

  it("series_seasonal takes each phase's median; period 0 is no seasonality; no period is refused", () => {
    expect(one("print series_seasonal(dynamic([1, 10, 3, 20, 2, 30]), 2), series_seasonal(dynamic([1, 2]), 0)")).toEqual([[2, 20, 2, 20, 2, 20], [0, 0]]);
    expect(() => run("print series_seasonal(dynamic([1, 2, 1, 2]))")).toThrow(/series_periods_detect/);
  });
});

describe("aggregates and assert", () => {
  it("percentilesw weighs values; percentiles_array lists nearest ranks", () => {
    expect(one("datatable(v:long, w:long)[1, 1, 2, 0, 3, 3] | summarize percentilesw_array(v, w, 25, 100), percentiles_array(v, dynamic([50]))")).toEqual([[1, 3], [2]]);
  });

  it("assert fails the query with its message, else is true", () => {
    expect(() => run('print assert(1 > 2, "one is not more than two")')).toThrow(KqlRuntimeError);
    expect(() => run('print assert(1 > 2, "one is not more than two")')).toThrow(/one is not more than two/);
    expect(one('print assert(true, "x")')).toEqual([true]);
  });

  it("refuses principal and cursor functions with the reason", () => {
    expect(() => run("print current_principal()")).toThrow(/no signed-in principal/);
    expect(() => run("print cursor_current()")).toThrow(/no database cursors/);
  });
});

describe("hll/tdigest sketches (exact here) and buildschema", () => {
  it("dcount_hll of merged sketches counts the distinct values of both (0..19 and 26..30)", () => {
    expect(one("range x from 1 to 30 step 1 | summarize a=hll(x % 20), b=hll_if(x, x > 25) | project dcount_hll(hll_merge(a, b))")).toEqual([25]);
    expect(one("range x from 1 to 6 step 1 | summarize h=hll(x % 3) by k = x % 2 | summarize m=hll_merge(h) | project dcount_hll(m)")).toEqual([3]);
  });

  it("percentile_tdigest/rank_tdigest are weighted nearest ranks over every value", () => {
    expect(one("datatable(v:real, w:long)[1, 1, 2, 2, 9, 1] | summarize t=tdigest(v, w) | project percentile_tdigest(t, 50), percentiles_array_tdigest(t, 25, 100), rank_tdigest(t, 2)")).toEqual([2, [1, 9], 3]);
    expect(one("range x from 1 to 4 step 1 | summarize t=tdigest(x) by k = x % 2 | summarize m=tdigest_merge(t) | project percentile_tdigest(m, 75, typeof(long))")).toEqual([3]);
  });

  it("an empty input gives null sketches and avg NaN (the summarize page's defaults)", () => {
    const [h, t, avg] = one("datatable(x:long)[] | summarize hll(x), tdigest(x), avg(x)");
    expect([h, t]).toEqual([null, null]);
    expect(Number.isNaN(avg)).toBe(true);
  });

  it("buildschema merges bags, arrays and mixed types in first-seen order", () => {
    expect(one('datatable(d:dynamic)[dynamic({"a":1}), dynamic({"a":"s","b":[true, 1.5]}), dynamic(null)] | summarize buildschema(d)')).toEqual([
      { a: ["long", "string"], b: { "`indexer`": ["bool", "double"] } },
    ]);
  });
});

describe("row_window_session and column_names_of", () => {
  it("starts a session after a long gap, past the window, or at a restart", () => {
    const rows = run(
      "datatable(t:datetime, k:string)[datetime(2024-01-01 10:00), 'a', datetime(2024-01-01 10:04), 'a', datetime(2024-01-01 10:20), 'a', datetime(2024-01-01 10:21), 'b', datetime(2024-01-01 10:22), 'b'] | serialize | extend s = row_window_session(t, 1h, 5m, k != prev(k)) | project s",
    ).rows.map((r) => r[0]);
    expect(rows).toEqual(["2024-01-01T10:00:00.000Z", "2024-01-01T10:00:00.000Z", "2024-01-01T10:20:00.000Z", "2024-01-01T10:21:00.000Z", "2024-01-01T10:21:00.000Z"]);
  });

  it("column_names_of lists a tabular expression's columns", () => {
    expect(one("let T = datatable(a:long, b:string)[]; let U = T | extend c = 1; print column_names_of(U)")).toEqual([["a", "b", "c"]]);
  });
});

describe("parse_path", () => {
  it("splits a bare file name with a stream, and a Unix path without an extension", () => {
    expect(one('print parse_path("notes.txt:zone"), parse_path("/var/log/syslog")')).toEqual([
      { Scheme: "", RootPath: "", DirectoryPath: "", DirectoryName: "", Filename: "notes.txt", Extension: "txt", AlternateDataStreamName: "zone" },
      { Scheme: "", RootPath: "", DirectoryPath: "/var/log", DirectoryName: "log", Filename: "syslog", Extension: "", AlternateDataStreamName: "" },
    ]);
  });
});
