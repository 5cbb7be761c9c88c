import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });

describe("parse_url()'s Path keeps its leading slash (Kusto's output quoted in microsoft/Kusto-Query-Language#112)", () => {
  it("reads the path from the slash after the authority, as Kusto printed /forum/questions/ and /c=GB", () => {
    const r = run(`datatable(u:string)[
      "https://www.example.com:123/forum/questions/?tag=networking&order=newest#top",
      "ldap://host/c=GB",
      "scheme://username:password@host:1234/this/is/a/path?k1=v1&k2=v2#fragment",
      "https://host",
      "https://host/",
      "https://host?q=1"
    ] | extend p = tostring(parse_url(u).Path), h = tostring(parse_url(u).Host), o = tostring(parseurl(u).Port)`);
    expect(r.rows.map((row) => row.slice(1))).toEqual([
      ["/forum/questions/", "www.example.com", "123"],
      ["/c=GB", "host", ""],
      ["/this/is/a/path", "host", "1234"],
      ["", "host", ""],
      ["/", "host", ""],
      ["", "host", ""],
    ]);
  });

  it("a Path compared or grouped the way published Front Door queries use it", () => {
    const r = run(`datatable(u:string)["https://a.example/api/x?z=1", "https://b.example/api/x", "https://a.example/"]
      | summarize n = count() by Path = tostring(parse_url(u).Path) | order by Path asc`);
    expect(r.rows).toEqual([
      ["/", 1],
      ["/api/x", 2],
    ]);
  });
});
