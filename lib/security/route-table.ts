/**
 * THE ROUTE TABLE: every route under app/, the methods it answers and the dashboard parameters its
 * parser reads. proxy.ts refuses a dashboard parameter a route would ignore (400) and a method it
 * does not answer (405) from here, unroutable-method.ts answers TRACE from here, and docs/security.md
 * "Request parameters" lists it. test/integration/security/route-table.test.ts walks app/ and runs
 * each route's own parser to hold this table to what the routes really read, so a route that starts
 * reading a parameter fails that test instead of having the parameter refused in production.
 */
import { normalizePath } from "./paths";

export interface RouteSpec {
  /** As its folder under app/ spells it: "/signals/[signal]", "/api/[[...path]]". */
  route: string;
  methods: readonly string[];
  /**
   * The dashboard parameters its parser reads, in the order a 400 lists them; null for a route whose
   * query string is not the dashboard's (the sign-in flow, the JSON 404 of unknown /api paths).
   */
  parameters: readonly string[] | null;
  /** Left out of the API routes the JSON 404 names (internal, or not an API of the dashboard's). */
  unlisted?: true;
}

const VIEW = ["at", "range", "from", "to", "region"] as const;
const WALL = ["refresh", "rotate", "reloadHours", "at"] as const;
const PAGE = ["GET", "HEAD"] as const;
// Every API route exports GET only; Next adds HEAD and OPTIONS.
const API = ["GET", "HEAD", "OPTIONS"] as const;

/** Pages first, then the API routes in the order the JSON 404 lists them (API_ROUTES). */
export const ROUTE_TABLE: readonly RouteSpec[] = [
  { route: "/", methods: PAGE, parameters: VIEW },
  { route: "/signals/[signal]", methods: PAGE, parameters: VIEW },
  { route: "/incidents", methods: PAGE, parameters: VIEW },
  // An incident's page keeps the view it was opened from for its links back; its region is the incident's.
  { route: "/incidents/[id]", methods: PAGE, parameters: ["at", "range", "from", "to"] },
  { route: "/wall", methods: PAGE, parameters: WALL },
  { route: "/review", methods: PAGE, parameters: ["month"] },
  { route: "/alerts", methods: PAGE, parameters: ["signal"] },
  { route: "/doctor", methods: PAGE, parameters: [] },
  { route: "/api/health", methods: API, parameters: [] },
  { route: "/api/ready", methods: API, parameters: [] },
  { route: "/api/snapshot", methods: API, parameters: VIEW },
  { route: "/api/signals/[signal]/series", methods: API, parameters: [...VIEW, "w"] },
  { route: "/api/signals/[signal]/rows", methods: API, parameters: [...VIEW, "w", "query", "limit", "cursor"] },
  { route: "/api/review", methods: API, parameters: ["month"] },
  { route: "/api/review/history.csv", methods: API, parameters: ["month"] },
  { route: "/api/review/incidents.csv", methods: API, parameters: ["month"] },
  { route: "/api/wall/today", methods: API, parameters: ["at"] },
  { route: "/api/doctor", methods: API, parameters: [] },
  { route: "/api/kiosk", methods: API, parameters: ["ttl", ...WALL] },
  // Where proxy.ts sends a kiosk's /api/snapshot: not listed to users, it answers the same parameters.
  { route: "/api/kiosk/snapshot", methods: API, parameters: VIEW, unlisted: true },
  { route: "/api/auth/[...nextauth]", methods: ["GET", "HEAD", "OPTIONS", "POST"], parameters: null, unlisted: true },
  { route: "/api/[[...path]]", methods: API, parameters: null, unlisted: true },
];

/** What a path no route answers (static files, the not-found page) takes: it is only read. */
export const UNROUTED_METHODS = PAGE;

/** Every parameter name some route of the dashboard reads; other names (`_`, `utm_*`, `_rsc`) are never refused. */
export const DASHBOARD_PARAMETERS: ReadonlySet<string> = new Set(ROUTE_TABLE.flatMap((r) => r.parameters ?? []));

type Segment = { kind: "static"; name: string } | { kind: "one" | "many" | "optional-many"; name: string };

function segmentsOf(route: string): Segment[] {
  return route
    .split("/")
    .filter(Boolean)
    .map((s): Segment => {
      const optional = /^\[\[\.\.\.(.+)\]\]$/.exec(s);
      if (optional) return { kind: "optional-many", name: optional[1] };
      const many = /^\[\.\.\.(.+)\]$/.exec(s);
      if (many) return { kind: "many", name: many[1] };
      const one = /^\[(.+)\]$/.exec(s);
      return one ? { kind: "one", name: one[1] } : { kind: "static", name: s };
    });
}

const RANK = { static: 3, one: 2, many: 1, "optional-many": 0 } as const;

function matches(pattern: Segment[], parts: string[]): boolean {
  const [head, ...rest] = pattern;
  if (!head) return parts.length === 0;
  if (head.kind === "many") return parts.length >= 1;
  if (head.kind === "optional-many") return true;
  if (parts.length === 0) return false;
  return (head.kind === "one" || head.name === parts[0]) && matches(rest, parts.slice(1));
}

/** Next's precedence: at the first segment where two routes differ, a static one beats a dynamic one, which beats a catch-all. */
function morePrecise(a: Segment[], b: Segment[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const ra = a[i] ? RANK[a[i].kind] : -1;
    const rb = b[i] ? RANK[b[i].kind] : -1;
    if (ra !== rb) return rb - ra;
  }
  return 0;
}

const COMPILED = ROUTE_TABLE.map((spec) => ({ spec, segments: segmentsOf(spec.route) })).sort((a, b) => morePrecise(a.segments, b.segments));

/** The route a path is answered by, or undefined for paths no route under app/ answers (assets, the not-found page). */
export function routeOf(pathname: string): RouteSpec | undefined {
  const parts = normalizePath(pathname).split("/").filter(Boolean);
  return COMPILED.find((c) => matches(c.segments, parts))?.spec;
}

/** The route's own spelling for users: "/signals/<signal>". */
export const displayRoute = (route: string): string => route.replace(/\[\[?(?:\.\.\.)?([^\]]+)\]\]?/g, "<$1>");

/**
 * docs/security.md's "each route takes" table, rows of routes that take the same parameters joined
 * (test/unit/security/route-table.test.ts holds the page to it).
 */
export function routeParametersMarkdown(): string {
  const rows = new Map<string, string[]>();
  for (const spec of ROUTE_TABLE) {
    if (spec.parameters === null) continue;
    const key = spec.parameters.length ? spec.parameters.map((p) => `\`${p}\``).join(", ") : "none";
    // The docs call a signal's key its name: /signals/<name>.
    rows.set(key, [...(rows.get(key) ?? []), `\`${displayRoute(spec.route).replace("<signal>", "<name>")}\``]);
  }
  return ["| route | parameters |", "|---|---|", ...[...rows].map(([params, routes]) => `| ${routes.join(", ")} | ${params} |`)].join("\n");
}
