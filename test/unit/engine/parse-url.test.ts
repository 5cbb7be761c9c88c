import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";
import { refusal } from "./refusal";

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

describe("parse_url()/parse_urlquery() where microsoft/Kusto-Query-Language#112 shows Kusto's own output", () => {
  const parts = (u: string) => run(`print p = parse_url(${JSON.stringify(u)})`).rows[0][0];

  it("lists the query's names sorted, as Kusto printed order before tag (and the pages k1, k2, k3)", () => {
    expect(JSON.stringify(parts("https://www.example.com:123/forum/questions/?tag=networking&order=newest#top"))).toBe(
      '{"Scheme":"https","Host":"www.example.com","Port":"123","Path":"/forum/questions/","Username":"","Password":"","Query Parameters":{"order":"newest","tag":"networking"},"Fragment":"top"}',
    );
    expect(Object.keys((run(`print q = parse_urlquery("z=1&b=2&a=3")`).rows[0][0] as Record<string, object>)["Query Parameters"])).toEqual(["a", "b", "z"]);
    expect(run(`print q = tostring(parse_url("https://h/p?b=%41+b&a=")["Query Parameters"])`).rows[0][0]).toBe('{"a":"","b":"A b"}');
  });

  it("gives every part empty for a URL without '//' (mailto:, tel:, urn:), as the issue reports", () => {
    for (const u of ["mailto:John.Doe@example.com", "news:comp.infosystems.www.servers.unix", "tel:+1-816-555-1212", "urn:oasis:names:specification:docbook:dtd:xml:4.1.2", "not a url"]) {
      expect(parts(u)).toEqual({ Scheme: "", Host: "", Port: "", Path: "", Username: "", Password: "", "Query Parameters": {}, Fragment: "" });
    }
  });

  it("still reads user name and password when both are given (the page's example)", () => {
    expect(parts("scheme://username:password@host:1234/this/is/a/path?k1=v1&k2=v2#fragment")).toMatchObject({ Username: "username", Password: "password", Host: "host", Port: "1234" });
    expect(parts("ftp://u:@host/")).toMatchObject({ Username: "u", Password: "", Host: "host" });
  });

  it("refuses by name the texts Kusto answered differently from a URL parser, or that no evidence covers", () => {
    expect(refusal(`print parse_url("https://john.doe@www.example.com:123/forum/questions/")`)).toMatch(/user name but no password.*john\.doe@www/);
    expect(refusal(`print parse_url("ldap://[2001:db8::7]/c=GB?objectClass?one")`)).toMatch(/bracketed IPv6 host/);
    expect(refusal(`print parse_url("https://h/p?objectClass?one")`)).toMatch(/query piece without '='/);
    expect(refusal(`print parse_urlquery("a=1&flag")`)).toMatch(/parse_urlquery\(\) of a query piece without '='/);
    expect(refusal(`print parse_url("http://host:abc/p")`)).toMatch(/port that is not digits/);
    expect(refusal(`print parse_url("http://h/?a=1&a=2")`)).toMatch(/naming a parameter twice/);
    expect(refusal(`print parse_url("http://h/?a=%E9")`)).toMatch(/%-escapes are not UTF-8/);
    expect(refusal(`print parse_url("http://h/?a=1&B=2")`)).toMatch(/sorted order depends on letter case/);
    expect(refusal(`print parse_urlquery("?a=1")`)).toMatch(/starting with '\?'/);
    expect(refusal(`print parse_url("k1=v1&k2=v2")`)).toMatch(/not an absolute URL but may be a query/);
  });

  it("refuses only the parts in doubt, when they are read: the Path and Host of a URL whose query is in doubt still answer", () => {
    const r = run(`datatable(u:string)["https://a.example/x?v2", "https://b.example/y?a=1&a=2", "https://john@c.example:8/z"]
      | extend p = parse_url(u) | project path = tostring(p.Path), port = tostring(p.Port), keys = array_length(bag_keys(p))`);
    expect(r.rows).toEqual([
      ["/x", "", 8],
      ["/y", "", 8],
      ["/z", "8", 8],
    ]);
    expect(run(`print h = tostring(parse_url("https://a.example/x?v2").Host)`).rows).toEqual([["a.example"]]);
    expect(refusal(`print parse_url("https://a.example/x?v2")["Query Parameters"]`)).toMatch(/query piece without '='/);
    expect(refusal(`print tostring(parse_url("https://a.example/x?v2"))`)).toMatch(/query piece without '='/);
    expect(refusal(`print tostring(parse_url("https://john@c.example/z").Username)`)).toMatch(/user name but no password/);
    expect(refusal(`print tostring(parse_url("ldap://[2001:db8::7]/c=GB").Port)`)).toMatch(/bracketed IPv6 host/);
    expect(run(`print tostring(parse_url("ldap://[2001:db8::7]/c=GB").Path)`).rows).toEqual([["/c=GB"]]);
  });

  it("refuses a bad URL in a column row by row only when that row is reached", () => {
    expect(refusal(`datatable(u:string)["https://ok.example/x", "https://user@bad.example/"] | extend h = tostring(parse_url(u).Host)`)).toMatch(/user name but no password/);
    expect(run(`datatable(u:string)["https://ok.example/x", ""] | extend h = tostring(parse_url(u).Host)`).rows).toEqual([
      ["https://ok.example/x", "ok.example"],
      ["", ""],
    ]);
  });
});
