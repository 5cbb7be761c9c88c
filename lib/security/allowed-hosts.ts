/**
 * The Host allow-list: the defence against DNS rebinding. A page on any site can make its own name
 * resolve to 127.0.0.1 and then read, as same-origin, whatever a dashboard on this machine answers;
 * the one thing it cannot choose is the Host its browser sends, which stays its own name. So a
 * request is served only when its Host is a name this dashboard answers to:
 *
 * - always: `localhost` and `*.localhost` (browsers resolve them to loopback themselves, RFC 6761),
 *   and any IP address (an address in the URL is reached without DNS, so it cannot be rebound; the
 *   orchestrator's probes and the image's HEALTHCHECK address the replica by IP);
 * - the host of NEXTAUTH_URL, the public URL a deployment already names;
 * - each entry of DASHBOARD_ALLOWED_HOSTS and of the configuration's `allowedHosts`: a name,
 *   `*.name` for the names under it, or `*` for any host (the check off).
 *
 * A request without a Host (HTTP/1.0) is served: browsers always send one, so it is no rebinding.
 * Checked by proxy.ts before anything else reads the request (docs/security.md "Host names").
 */
import { isIP } from "node:net";

export interface HostPolicy {
  /** Lower-case names allowed exactly. */
  names: ReadonlySet<string>;
  /** Lower-case `.contoso.com` suffixes from `*.contoso.com` entries. */
  suffixes: readonly string[];
  any: boolean;
}

export interface HostPolicyInput {
  nextAuthUrl?: string;
  /** DASHBOARD_ALLOWED_HOSTS, parsed by lib/env.ts. */
  envEntries?: readonly string[];
  /** The configuration's `allowedHosts`, checked by its schema. */
  configEntries?: readonly string[];
}

export function hostPolicy(input: HostPolicyInput): HostPolicy {
  const names = new Set<string>(["localhost"]);
  const suffixes = [".localhost"];
  let any = false;
  if (input.nextAuthUrl) {
    try {
      names.add(normalise(new URL(input.nextAuthUrl).hostname));
    } catch {
      // readEnv refused an invalid NEXTAUTH_URL already; nothing to add.
    }
  }
  for (const raw of [...(input.envEntries ?? []), ...(input.configEntries ?? [])]) {
    const entry = normalise(raw);
    if (entry === "*") any = true;
    else if (entry.startsWith("*.")) suffixes.push(entry.slice(1));
    else names.add(entry);
  }
  return { names, suffixes, any };
}

/** Lower case, without the trailing dot of a fully qualified name (`localhost.` is `localhost`). */
function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, "");
}

/**
 * The host name of a Host header value: `[::1]:3000` → `::1`, `Dash.Contoso.com.:443` → `dash.contoso.com`.
 * A value that is not `host[:port]` (RFC 9110 §7.2; the port digits only) has no host name: "" (refused).
 * `[::1]evil.example` and `localhost:x` were read as `::1` and `localhost`, and served; no browser
 * sends either, so refusing them costs nothing and keeps the check to the grammar.
 */
export function hostNameOf(header: string): string {
  const value = header.trim();
  if (value.startsWith("[")) {
    const match = /^\[([0-9a-fA-F:.]+)\](?::\d*)?$/.exec(value);
    return match ? match[1].toLowerCase() : "";
  }
  const colon = value.lastIndexOf(":");
  if (colon >= 0 && !/^\d*$/.test(value.slice(colon + 1))) return "";
  return normalise(colon < 0 ? value : value.slice(0, colon));
}

export function isAllowedHost(header: string | null, policy: HostPolicy): boolean {
  if (header === null || header.trim() === "" || policy.any) return true;
  const name = hostNameOf(header);
  if (isIP(name) !== 0) return true;
  if (policy.names.has(name)) return true;
  return policy.suffixes.some((suffix) => name.endsWith(suffix) && name.length > suffix.length);
}

/** What the refusal lists as allowed, in the order a reader checks it. */
export function allowedHostsText(policy: HostPolicy): string {
  if (policy.any) return "any host";
  const names = [...policy.names].filter((n) => n !== "localhost");
  const wildcards = policy.suffixes.filter((s) => s !== ".localhost").map((s) => `*${s}`);
  return ["localhost", "*.localhost", "an IP address", ...names, ...wildcards].join(", ");
}

/** The refusal's sentence: which Host was refused, why, what is allowed and how to allow another. */
export function misdirectedHostError(header: string, policy: HostPolicy): { error: string; allowed: string } {
  const allowed = allowedHostsText(policy);
  const host = JSON.stringify(header.trim().slice(0, 100));
  // The entry to write, port left out: `vm:3000` as an entry stops start-up ("not a host name").
  const name = hostNameOf(header);
  const example = /^[a-z0-9.-]{1,253}$/.test(name) ? ` (e.g. DASHBOARD_ALLOWED_HOSTS=${name} npm start)` : "";
  return {
    error:
      `this dashboard does not answer to host ${host} (a page on another site can point its own name at this ` +
      `server to read it); allowed: ${allowed}. To open it under that name, add the name to DASHBOARD_ALLOWED_HOSTS ` +
      `or the configuration's allowedHosts${example}`,
    allowed,
  };
}
