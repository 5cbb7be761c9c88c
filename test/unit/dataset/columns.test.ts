import { describe, expect, it } from "vitest";
import { StringColumn, FrozenStringColumn, type ColumnView } from "@/lib/dataset/columns";
import { PackedStrings } from "@/lib/dataset/packed-strings";

const values = (v: ColumnView) => Array.from({ length: v.length }, (_, i) => v.get(i));

describe("a string column holding one value on every row", () => {
  it("stores no ids until a row differs, and reads the same values before and after", () => {
    const col = new StringColumn();
    for (let r = 0; r < 5000; r++) col.put(r, "Microsoft.Cdn/profiles");
    expect(col.ids.byteLength).toBe(0);
    const view = col.view(5000, 10, 13);
    expect(view).toBeInstanceOf(FrozenStringColumn);
    expect(values(view)).toEqual(["Microsoft.Cdn/profiles", "Microsoft.Cdn/profiles", "Microsoft.Cdn/profiles"]);
    // A second value stores the ids from then on; earlier rows keep theirs.
    col.put(5000, "other");
    expect(col.ids.byteLength).toBeGreaterThanOrEqual(5001);
    expect(values(col.view(5001, 4998, 5001))).toEqual(["Microsoft.Cdn/profiles", "Microsoft.Cdn/profiles", "other"]);
    // The view taken before the change still reads what it read.
    expect(values(view)).toEqual(["Microsoft.Cdn/profiles", "Microsoft.Cdn/profiles", "Microsoft.Cdn/profiles"]);
  });

  it("turns skipped rows and rows past its end into empty strings (Kusto's null string)", () => {
    const col = new StringColumn();
    col.put(0, "a");
    col.put(1, "a");
    // A table of 4 rows where this column was only written on the first two.
    expect(values(col.view(4))).toEqual(["a", "a", "", ""]);
    const gappy = new StringColumn();
    gappy.put(0, "a");
    gappy.put(3, "a");
    expect(values(gappy.view(4))).toEqual(["a", "", "", "a"]);
    const late = new StringColumn();
    late.put(2, "b");
    expect(values(late.view(3))).toEqual(["", "", "b"]);
  });

  it("drops and thins rows while uniform, and starts over when emptied", () => {
    const col = new StringColumn();
    for (let r = 0; r < 10; r++) col.put(r, "t");
    col.dropFirst(4);
    expect(col.length).toBe(6);
    col.retain(1, 5, Uint8Array.from([1, 0, 0, 1]));
    expect(col.length).toBe(4);
    expect(values(col.view(4))).toEqual(["t", "t", "t", "t"]);
    col.put(4, "u");
    expect(values(col.view(5))).toEqual(["t", "t", "t", "t", "u"]);
    col.dropFirst(5);
    expect(col.length).toBe(0);
    const fresh = new StringColumn();
    for (let r = 0; r < 3; r++) fresh.put(r, "x");
    fresh.dropFirst(3);
    fresh.put(0, "y");
    fresh.put(1, "y");
    expect(fresh.ids.byteLength).toBe(0);
    expect(values(fresh.view(2))).toEqual(["y", "y"]);
  });
});

describe("packed strings", () => {
  it("reads back ASCII and multi-byte rows, skipped rows empty, after dropping and thinning", () => {
    const p = new PackedStrings();
    const rows = ["req-1", "é→ü", "", "req-4", "日本"];
    rows.forEach((v, i) => (v === "" ? undefined : p.put(i, v)));
    expect(values(p.view(6, 0, 6))).toEqual([...rows, ""]);
    p.retain(1, 4, Uint8Array.from([0, 1, 1]));
    expect(values(p.view(p.length, 0, p.length))).toEqual(["req-1", "", "req-4", "日本", ""]);
    p.dropFirst(2);
    expect(values(p.view(p.length, 0, p.length))).toEqual(["req-4", "日本", ""]);
  });
});
