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
 * host, a query piece without "="), nothing says whether Kusto still does, so the parts in doubt are
 * refused by name when read rather than answered either way; so are those of the shapes no evidence
 * covers at all (a port that is not digits, a name given twice, %-escapes that are not UTF-8, names
 * whose sorted order depends on letter case), and parse_urlquery() of text starting with "?", which a
 * docs issue reports Kusto reading differently from the page's example.
 */
import type { Value } from "../../dataset/columns";
import { KqlUnsupportedError } from "../errors";

const ABSOLUTE = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/;

function refuse(what: string, text: string): never {
  throw new KqlUnsupportedError(what, undefined, `'${text.length > 60 ? `${text.slice(0, 60)}…` : text}'`);
}

const EMPTY = (): Record<string, Value> => ({ Scheme: "", Host: "", Port: "", Path: "", Username: "", Password: "", "Query Parameters": {}, Fragment: "" });

/**
 * A part whose value is in doubt refuses when it is read (`parse_url(u).Host`, tostring() of the
 * whole bag), not when the URL is parsed: `parse_url(u).Path` of a URL whose query has a piece
 * without "=" is certain, and runs.
 */
function doubtful(out: Record<string, Value>, parts: readonly string[], what: string, text: string): void {
  doubts++;
  for (const part of parts) Object.defineProperty(out, part, { enumerable: true, configurable: true, get: () => refuse(what, text) });
}

let doubts = 0;

/** How many bags with a part in doubt were made so far: runQuery reads its dynamic results through when this moved. */
export function doubtfulBagsMade(): number {
  return doubts;
}

/** Reads every part of a dynamic value, so a part in doubt refuses inside the query, not where the result is serialized. */
export function readThrough(v: unknown): void {
  if (v === null || typeof v !== "object") return;
  for (const key of Object.keys(v)) readThrough((v as Record<string, unknown>)[key]);
}

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
  const colon = hostPort.indexOf(":");
  const sep = userinfo?.indexOf(":") ?? -1;
  const params = queryParameters(query ?? "", "parse_url()");
  const out: Record<string, Value> = {
    Scheme: scheme,
    Host: colon < 0 ? hostPort : hostPort.slice(0, colon),
    Port: colon < 0 ? "" : hostPort.slice(colon + 1),
    Path: path,
    Username: userinfo === undefined ? "" : userinfo.slice(0, sep),
    Password: userinfo === undefined ? "" : userinfo.slice(sep + 1),
    "Query Parameters": typeof params === "string" ? {} : params,
    Fragment: fragment ?? "",
  };
  if (typeof params === "string") doubtful(out, ["Query Parameters"], params, text);
  if (userinfo !== undefined && (sep < 0 || userinfo.includes("@"))) {
    doubtful(out, ["Host", "Username", "Password"], sep < 0 ? "parse_url() of a URL with a user name but no password (Kusto printed it inside Host in microsoft/Kusto-Query-Language#112)" : "parse_url() of a URL with two '@' in its authority", text);
  }
  if (hostPort.startsWith("[")) doubtful(out, ["Host", "Port"], "parse_url() of a bracketed IPv6 host (Kusto split it at its last colon in microsoft/Kusto-Query-Language#112)", text);
  else if (!/^\d*$/.test(colon < 0 ? "" : hostPort.slice(colon + 1))) doubtful(out, ["Host", "Port"], "parse_url() of a port that is not digits", text);
  return out;
}

/** parse_urlquery(): {"Query Parameters": {name: value}} of a query string. */
export function parseUrlQuery(text: string): Record<string, Value> {
  if (text.startsWith("?")) refuse("parse_urlquery() of text starting with '?' (reported read differently from the page's example; not documented)", text);
  const params = queryParameters(text, "parse_urlquery()");
  return typeof params === "string" ? refuse(params, text) : { "Query Parameters": params };
}

/** The query's names and values, or why they are in doubt. */
function queryParameters(query: string, fn: string): Record<string, Value> | string {
  const pairs: [string, string][] = [];
  for (const piece of query.split("&")) {
    if (!piece) continue;
    const eq = piece.indexOf("=");
    if (eq < 0) return `${fn} of a query piece without '=' (Kusto dropped "objectClass?one" in microsoft/Kusto-Query-Language#112)`;
    const [name, value] = [decode(piece.slice(0, eq)), decode(piece.slice(eq + 1))];
    if (name === undefined || value === undefined) return `${fn} of a query whose %-escapes are not UTF-8`;
    pairs.push([name, value]);
  }
  const names = pairs.map(([k]) => k);
  if (new Set(names).size !== names.length) return `${fn} of a query naming a parameter twice`;
  const ordinal = [...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const folded = [...names].sort((x, y) => {
    const [p, q] = [x.toLowerCase(), y.toLowerCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  });
  // Kusto lists the names sorted, by a comparison no page names: the order is certain only where
  // ordinal and case-blind sorting of ASCII names agree.
  if (names.some((k) => /[^\x20-\x7e]/.test(k)) || ordinal.some((k, i) => k !== folded[i])) return `${fn} of query names whose sorted order depends on letter case or non-ASCII collation`;
  const byName = new Map(pairs);
  return Object.fromEntries(ordinal.map((k) => [k, byName.get(k) ?? ""]));
}

function decode(s: string): string | undefined {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return undefined;
  }
}
