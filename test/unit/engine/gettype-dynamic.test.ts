/**
 * gettype() of a value held in a dynamic (gettype-function page: "the runtime type ... how the value is
 * encoded in memory"; its examples give parse_json('1') as int, 123.45 as real, parse_json(' [1, 2, 3] ')
 * as array, parse_json(' {"abc":1} ') as dictionary, parse_json('') as null). The engine holds every
 * dynamic number as one JavaScript number, so a whole number's type (int, long, or a real such as
 * dynamic(2.0)) is refused by name; it used to say "long" for all of them. Found by the round-2 fuzzer.
 */
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlUnsupportedError } from "@/lib/engine/errors";
import { runQuery } from "@/lib/engine/run-query";

const one = (kql: string) => runQuery(new Workspace(), `print x = ${kql}`).rows[0][0];

describe("gettype() of dynamic values", () => {
  it("gives the page's types where the value shows them", () => {
    expect(one(`gettype(parse_json(' "abc" '))`)).toBe("string");
    expect(one(`gettype(parse_json(' {"abc":1} '))`)).toBe("dictionary");
    expect(one(`gettype(parse_json(' [1, 2, 3] '))`)).toBe("array");
    expect(one(`gettype(parse_json(''))`)).toBe("null");
    expect(one(`gettype(parse_json('123.45'))`)).toBe("real");
    expect(one(`gettype(parse_json('[true]')[0])`)).toBe("bool");
    expect(one("gettype(111)")).toBe("long");
    expect(one("gettype(123.45)")).toBe("real");
  });

  it("refuses a whole number by name: parse_json('1') is int on the page, dynamic(2.0) a real, the engine cannot tell", () => {
    for (const q of ["gettype(parse_json('1'))", "gettype(dynamic(2.0))", "gettype(pack_array(1.0)[0])", "gettype(parse_json('[5]')[0])"]) {
      expect(() => one(q), q).toThrow(KqlUnsupportedError);
      expect(() => one(q), q).toThrow(/gettype\(\) of a whole number held in a dynamic value/);
    }
  });
});
