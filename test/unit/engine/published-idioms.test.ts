import { describe, expect, it } from "vitest";
import { refusal, runAtNoon } from "./refusal";

// Behaviour that published KQL relies on in corners the reference leaves thin: each case cites the
// idiom or measurement it comes from. (Engine before this file: substring(s, -2, 2) gave the first two
// characters, 1d / 0 printed "Infinity.NaN:NaN:NaN", toint("0b101") was 5.)
const rows = (q: string) => runAtNoon(q).rows;

describe("substring() with a negative start counts from the end", () => {
  it("the page's own example: substring(\"123456\", -2, 2) is \"56\" (it was \"12\")", () => {
    expect(rows(`print substring("123456", -2, 2)`)).toEqual([["56"]]);
  });

  it("without a length, -n is the last n characters; past the first character it is empty (measured on the Kusto emulator)", () => {
    expect(rows(`print substring("abc", -1), substring("abc", -3), substring("abcdefg", -3, 2), substring("abc", -10), substring("abc", -4, 2)`)).toEqual([["c", "abc", "ef", "", ""]]);
  });

  it("per row, over a column: the last four characters of each name", () => {
    const q = `datatable(FileName:string)["report.docx", "a.exe", "x"] | extend Ext = substring(FileName, -4)`;
    expect(rows(q).map((r) => r[1])).toEqual(["docx", ".exe", ""]);
  });

  it("a non-negative start behaves as before (0-based, clamped, a negative length is empty)", () => {
    expect(rows(`print substring("abcdefg", 1, 3), substring("abcdefg", 10, 3), substring("abcdefg", 5, 10), substring("abcdefg", 1, -1)`)).toEqual([["bcd", "", "fg", ""]]);
  });
});

describe("a timespan has no infinity or NaN: arithmetic that would make one is refused by name", () => {
  it("1d / 0, 1d % 0 and 1d * (1.0/0) are refused (they printed \"Infinity.NaN:NaN:NaN\")", () => {
    expect(refusal(`print timespan(1d) / 0`)).toMatch(/a timespan divided by zero/);
    expect(refusal(`print timespan(1d) % 0`)).toMatch(/a timespan modulo zero/);
    expect(refusal(`print 1h * (1.0 / 0)`)).toMatch(/timespan arithmetic with an infinite or NaN real/);
  });

  it("ordinary timespan arithmetic, and a null operand, are unchanged", () => {
    expect(rows(`print a = 1d / 2, b = 1d * 1.5, c = -1d / 4, d = timespan(null) / 0, e = 1d / 1h`)).toEqual([["12:00:00", "1.12:00:00", "-06:00:00", null, 24]]);
  });
});

describe("number text: decimal and 0x hex only", () => {
  it("tolong(strcat(\"0x\", hex)) reads hex (Sentinel's auditd PROCTITLE decoder, StorPort event TSGs rely on it)", () => {
    expect(rows(`print a = tolong(strcat("0x", "1F")), b = tolong(strcat("0x", substring(hash_sha256("abc"), 0, 8))), c = toint("0x10")`)).toEqual([[31, 3128432319, 16]]);
  });

  it("JavaScript's binary and octal forms are no number in Kusto: null (toint(\"0b101\") was 5)", () => {
    expect(rows(`print a = toint("0b101"), b = todouble("0o7"), c = tolong("0B1"), d = toint("0"), e = toint("07"), f = todouble("0.5")`)).toEqual([[null, null, null, 0, 7, 0.5]]);
  });
});

describe("the text of a real: what .NET and JavaScript write alike runs, the rest is refused by name", () => {
  it("ordinary magnitudes, NaN and infinities print as before (the published strcat(round(x, 2), \"%\"))", () => {
    expect(rows(`print a = tostring(0.1 + 0.2), b = strcat(round(99.456, 2), "%"), c = tostring(123456789012345.0), d = tostring(0.0001), e = tostring(1.0 / 0), f = tostring(0.0 / 0), g = tostring(real(null))`)).toEqual([
      ["0.30000000000000004", "99.46%", "123456789012345", "0.0001", "Infinity", "NaN", ""],
    ]);
  });

  it("from 1e15 and below 1e-4 .NET writes an exponent (1E+15, 1E-05) where JavaScript does not (it printed 1000000000000000 and 0.00001): refused", () => {
    expect(refusal(`print tostring(1e15)`)).toMatch(/the text of a real below 1e-4 or from 1e15/);
    expect(refusal(`print strcat("x", 0.00001)`)).toMatch(/the text of a real below 1e-4 or from 1e15/);
    expect(refusal(`print tostring(1e21)`)).toMatch(/the text of a real/);
  });

  it("negative zero (.NET \"-0\", JavaScript \"0\") is refused, also where round() of a small negative makes one", () => {
    expect(refusal(`print tostring(-0.0)`)).toMatch(/the text of a negative zero/);
    expect(refusal(`print strcat(round(-0.001, 2), "%")`)).toMatch(/the text of a negative zero/);
    expect(rows(`print strcat(round(0.001, 2), "%"), tostring(0.0)`)).toEqual([["0%", "0"]]);
  });

  it("a text test on such a real answers when both forms give the same answer (* has / * contains, search terms), and only otherwise refuses", () => {
    const t = `datatable(name:string, r:real)["a", 0.000067, "b", 2.5]`;
    // * has "x" (and search terms, test/unit/engine/find.test.ts) read every column as text: 0.000067 is "0.000067" or "6.7E-05", neither holds an "x".
    expect(rows(`${t} | where * has "b" | project name`)).toEqual([["b"]]);
    expect(rows(`${t} | where * contains "7" | project name`)).toEqual([["a"]]);
    // "0.0" is in JavaScript's form and not in .NET's: the answer depends on the undocumented form.
    expect(refusal(`${t} | where * contains "0.0"`)).toMatch(/a text test on a real whose Kusto text is not documented/);
    expect(refusal(`${t} | where * contains "E-05"`)).toMatch(/JavaScript writes 0.000067, .NET 6.7E-05/);
  });

  it("a long is no real: its text is exact at any size", () => {
    expect(rows(`print tostring(1000000000000000), strcat(-1000000000000000)`)).toEqual([["1000000000000000", "-1000000000000000"]]);
  });
});

describe("todatetime() of a bare nn-nn-yyyy date reads month first (measured on the Kusto emulator)", () => {
  it("'12-02-2022' is 2022-12-02 and '13-01-2022' null (a KQL-to-SQL translator's emulator measurement: the null proves the order); it was refused", () => {
    expect(rows(`print a = todatetime("12-02-2022"), b = todatetime("13-01-2022"), c = todatetime("05-05-2024"), d = todatetime("02-30-2022")`)).toEqual([
      ["2022-12-02T00:00:00.000Z", null, "2024-05-05T00:00:00.000Z", null],
    ]);
  });

  it("with a time after it the order of the rest is not measured: still refused by name", () => {
    expect(refusal(`print todatetime("12-02-2022 10:00")`)).toMatch(/dd-MM-yyyy or MM-dd-yyyy/);
  });

  it("an ISO text with an offset is converted to UTC, not truncated (the same measurement)", () => {
    expect(rows(`print todatetime("2022-12-02T13:45:56+02:00")`)).toEqual([["2022-12-02T11:45:56.000Z"]]);
  });
});

describe("a datetime literal of a bare dashed date reads as todatetime() does", () => {
  it("the todatetime page's example: todatetime('12-02-2022') == datetime('12-02-2022') is true (it was refused)", () => {
    expect(rows(`print todatetime('12-02-2022') == datetime('12-02-2022'), datetime('12-02-2022')`)).toEqual([[true, "2022-12-02T00:00:00.000Z"]]);
  });

  it("a literal whose first number is past 12 names no month-first day: refused, not null", () => {
    expect(refusal(`print datetime('13-02-2022')`)).toMatch(/datetime literal in day\/month\/year order/);
  });
});

describe("make_string(), unicode_codepoints_to_string's deprecated alias, as a Sentinel hunting query uses it", () => {
  it("decodes auditd's hex PROCTITLE: tolong(strcat(\"0x\", byte)) per byte, make_list, make_string (it was refused)", () => {
    // Azure-Sentinel community hunting query (auditd PROCTITLE decoder): "00" separators become spaces.
    const q = `datatable(Message:string)["proctitle=6C73002D6C61"]
      | extend HexCMD = trim_start("proctitle=", Message)
      | extend FortmattedHex = replace_regex(HexCMD, @"(.{2})", @"\\1 ")
      | mv-apply HexByte = split(FortmattedHex, " ") on (summarize nums = make_list(tolong(strcat("0x", iff(HexByte == "00", "20", HexByte)))))
      | project CommandLine = make_string(nums)`;
    expect(rows(q)).toEqual([["ls -la"]]);
  });

  it("takes numbers and arrays alike, as the page's examples do", () => {
    expect(rows(`print make_string(dynamic([75, 117, 115]), 116, 111), make_string(75)`)).toEqual([["Kusto", "K"]]);
  });
});
