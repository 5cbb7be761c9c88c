/**
 * parse_url()/parseurl() and parse_urlquery() (their pages). The pages give one worked example each;
 * the only other evidence of what Kusto prints is its output quoted in
 * microsoft/Kusto-Query-Language#112 (2023, closed without a documented outcome):
 * - "https://john.doe@www.example.com:123/forum/questions/?tag=networking&order=newest#top" gave
 *   Host "john.doe@www.example.com", Username "", Port "123", Path "/forum/questions/" and
 *   Query Parameters {"order":"newest","tag":"networking"};
 * - "ldap://[2001:db8::7]/c=GB?objectClass?one" gave Host "[2001:db8:", Port "7]", Path "/c=GB" and
 *   Query Parameters {};
 * - "mailto:…", "news:…", "tel:…", "urn:…" gave every part empty.
 * So: Path keeps its leading slash; the query's names are listed sorted (the pages' k1, k2, k3 and the
 * issue's order, tag agree with that, not with the order written). Where the issue shows Kusto
 * answering differently from a plain URL parser (a user name without a password, a bracketed IPv6
 * host, a query piece without "="), nothing says whether Kusto still does, so those texts are refused
 * by name rather than answered either way; so are the shapes no evidence covers at all (a port that is
 * not digits, a name given twice, %-escapes that are not UTF-8, names whose sorted order depends on
 * letter case, parse_urlquery() of text starting with "?", which a docs issue reports Kusto reading
 * differently from the page's example).
 */
import type { Value } from "../../dataset/columns";
import { KqlUnsupportedError } from "../errors";

const ABSOLUTE = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/;

function refuse(what: string, text: string): never {
  throw new KqlUnsupportedError(what, undefined, `'${text.length > 60 ? `${text.slice(0, 60)}…` : text}'`);
}

const EMPTY = (): Record<string, Value> => ({ Scheme: "", Host: "", Port: "", Path: "", Username: "", Password: "", "Query Parameters": {}, Fragment: "" });

/** parse_url(): Scheme, Host, Port, Path, Username, Password, Query Parameters (a bag), Fragment; "" when absent. */
export function parseUrl(text: string): Record<string, Value> {
  const m = ABSOLUTE.exec(text);
  if (!m) {
    // The page's parameter is "an absolute URL ... or the query part of the URL": what a bare query gives is not shown.
    if (text.includes("=")) refuse("parse_url() of text that is not an absolute URL but may be a query (Kusto documents no output for it)", text);
    return EMPTY();
  }
  const [, scheme, authority, path, query, fragment] = m;
  const at = authority.lastIndexOf("@");
  const userinfo = at < 0 ? undefined : authority.slice(0, at);
  const hostPort = authority.slice(at + 1);
  if (userinfo !== undefined && !userinfo.includes(":")) refuse("parse_url() of a URL with a user name but no password (Kusto printed it inside Host in microsoft/Kusto-Query-Language#112)", text);
  if (hostPort.startsWith("[")) refuse("parse_url() of a bracketed IPv6 host (Kusto split it at its last colon in microsoft/Kusto-Query-Language#112)", text);
  const colon = hostPort.indexOf(":");
  const host = colon < 0 ? hostPort : hostPort.slice(0, colon);
  const port = colon < 0 ? "" : hostPort.slice(colon + 1);
  if (!/^\d*$/.test(port)) refuse("parse_url() of a port that is not digits", text);
  if (userinfo !== undefined && /[@]/.test(userinfo)) refuse("parse_url() of a URL with two '@' in its authority", text);
  const sep = userinfo?.indexOf(":") ?? -1;
  return {
    Scheme: scheme,
    Host: host,
    Port: port,
    Path: path,
    Username: userinfo === undefined ? "" : userinfo.slice(0, sep),
    Password: userinfo === undefined ? "" : userinfo.slice(sep + 1),
    "Query Parameters": queryParameters(query ?? "", "parse_url()", text),
    Fragment: fragment ?? "",
  };
}

/** parse_urlquery(): {"Query Parameters": {name: value}} of a query string. */
export function parseUrlQuery(text: string): Record<string, Value> {
  if (text.startsWith("?")) refuse("parse_urlquery() of text starting with '?' (reported read differently from the page's example; not documented)", text);
  return { "Query Parameters": queryParameters(text, "parse_urlquery()", text) };
}

function decode(s: string, fn: string, text: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return refuse(`${fn} of a query whose %-escapes are not UTF-8`, text);
  }
}

function queryParameters(query: string, fn: string, text: string): Record<string, Value> {
  const pairs: [string, string][] = [];
  for (const piece of query.split("&")) {
    if (!piece) continue;
    const eq = piece.indexOf("=");
    if (eq < 0) refuse(`${fn} of a query piece without '=' (Kusto dropped "objectClass?one" in microsoft/Kusto-Query-Language#112)`, text);
    pairs.push([decode(piece.slice(0, eq), fn, text), decode(piece.slice(eq + 1), fn, text)]);
  }
  const names = pairs.map(([k]) => k);
  if (new Set(names).size !== names.length) refuse(`${fn} of a query naming a parameter twice`, text);
  const ordinal = [...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const folded = [...names].sort((x, y) => {
    const [p, q] = [x.toLowerCase(), y.toLowerCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  });
  // Kusto lists the names sorted, by a comparison no page names: the order is certain only where
  // ordinal and case-blind sorting of ASCII names agree.
  if (names.some((k) => /[^\x20-\x7e]/.test(k)) || ordinal.some((k, i) => k !== folded[i])) refuse(`${fn} of query names whose sorted order depends on letter case or non-ASCII collation`, text);
  const byName = new Map(pairs);
  return Object.fromEntries(ordinal.map((k) => [k, byName.get(k) ?? ""]));
}
