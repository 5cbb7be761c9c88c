/**
 * IPv4 functions of the reference: addresses as text with optional IP-prefix notation
 * ("192.168.1.1/24"), compared as 32-bit numbers under the shorter of the prefixes involved, as
 * the ipv4_compare/ipv4_is_match pages show. Text that is no IPv4 address gives null (false for the
 * has_* text searches, whose pages say so).
 */
import type { Value } from "../dataset/columns";
import type { FnImpl } from "./functions";
import { toLong } from "./value-ops";

interface Ip {
  value: number;
  prefix: number;
}

function octets(text: string): number | null {
  const parts = text.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

export function parseIpv4(v: Value): Ip | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 && v <= 0xffffffff ? { value: v, prefix: 32 } : null;
  if (typeof v !== "string") return null;
  const m = /^\s*([\d.]+)(?:\/(\d{1,2}))?\s*$/.exec(v);
  if (!m) return null;
  const value = octets(m[1]);
  const prefix = m[2] === undefined ? 32 : Number(m[2]);
  return value === null || prefix > 32 ? null : { value, prefix };
}

const mask = (value: number, prefix: number) => (prefix <= 0 ? 0 : prefix >= 32 ? value : value - (value % 2 ** (32 - prefix)));
const dotted = (v: number) => [24, 16, 8, 0].map((s) => Math.floor(v / 2 ** s) % 256).join(".");

function compare(a: Ip, b: Ip, extra?: number): number {
  const prefix = Math.min(a.prefix, b.prefix, extra ?? 32);
  const x = mask(a.value, prefix);
  const y = mask(b.value, prefix);
  return x === y ? 0 : x < y ? -1 : 1;
}

function prefixArg(g: ((i: number) => Value) | undefined, i: number): number | null | undefined {
  if (!g) return undefined;
  const p = toLong(g(i));
  return p === null || p < 0 || p > 32 ? null : p;
}

/** Valid IPv4 addresses in text, each delimited by non-alphanumeric characters (has_ipv4 page). */
function addressesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![A-Za-z0-9])\d{1,3}(?:\.\d{1,3}){3}(?![A-Za-z0-9])/g)) if (octets(m[0]) !== null) out.push(m[0]);
  return out;
}

const validPrefix = (p: string) => octets(p) !== null || (/^(\d{1,3}\.){1,3}$/.test(p) && p.split(".").slice(0, -1).every((o) => Number(o) <= 255));

/** The searched values: several scalar arguments, or one dynamic array of them. */
function searched(gs: ((i: number) => Value)[], i: number): string[] {
  return gs.flatMap((g) => {
    const v = g(i);
    return Array.isArray(v) ? (v as Value[]).filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : [];
  });
}

function hasIpv4(prefix: boolean): FnImpl {
  return ({ g: [s, ...rest] }) =>
    (i) => {
      const text = s(i);
      if (typeof text !== "string") return false;
      const wanted = searched(rest, i).filter((w) => (prefix ? validPrefix(w) : octets(w) !== null));
      if (wanted.length === 0) return false;
      return addressesIn(text).some((a) => wanted.some((w) => (prefix ? a.startsWith(w) : a === w)));
    };
}

// RFC 1918 blocks (the ipv4_is_private page's table).
const PRIVATE: Ip[] = [
  { value: 0x0a000000, prefix: 8 },
  { value: 0xac100000, prefix: 12 },
  { value: 0xc0a80000, prefix: 16 },
];

function inRange(ip: Ip, range: Ip): boolean {
  return mask(ip.value, range.prefix) === mask(range.value, range.prefix);
}

export const IP_FUNCTIONS: Record<string, FnImpl> = {
  parse_ipv4: ({ g: [a] }) => (i) => {
    const ip = parseIpv4(a(i));
    return ip ? mask(ip.value, ip.prefix) : null;
  },
  parse_ipv4_mask: ({ g: [a, p] }) => (i) => {
    const ip = parseIpv4(a(i));
    const extra = prefixArg(p, i);
    return ip && extra !== null ? mask(ip.value, Math.min(ip.prefix, extra ?? 32)) : null;
  },
  ipv4_compare: ({ g: [a, b, p] }) => (i) => {
    const x = parseIpv4(a(i));
    const y = parseIpv4(b(i));
    const extra = prefixArg(p, i);
    return x && y && extra !== null ? compare(x, y, extra) : null;
  },
  ipv4_is_match: ({ g: [a, b, p] }) => (i) => {
    const x = parseIpv4(a(i));
    const y = parseIpv4(b(i));
    const extra = prefixArg(p, i);
    return x && y && extra !== null ? compare(x, y, extra) === 0 : null;
  },
  ipv4_is_in_range: ({ g: [a, r] }) => (i) => {
    const ip = parseIpv4(a(i));
    const range = parseIpv4(r(i));
    return ip && range ? inRange(ip, range) : null;
  },
  ipv4_is_in_any_range: ({ g: [a, ...rest] }) => (i) => {
    const ip = parseIpv4(a(i));
    if (!ip) return null;
    const ranges = searched(rest, i).map(parseIpv4);
    if (ranges.some((r) => r === null)) return null;
    return ranges.some((r) => inRange(ip, r as Ip));
  },
  // Undocumented: an address whose own prefix is wider than the private block counts as private
  // only when the whole masked range lies inside the block (a range partly outside is not private).
  ipv4_is_private: ({ g: [a] }) => (i) => {
    const ip = parseIpv4(a(i));
    return ip ? PRIVATE.some((b) => ip.prefix >= b.prefix && inRange(ip, b)) : null;
  },
  ipv4_netmask_suffix: ({ g: [a] }) => (i) => parseIpv4(a(i))?.prefix ?? null,
  format_ipv4: ({ g: [a, p] }) => (i) => {
    const ip = parseIpv4(a(i));
    const extra = prefixArg(p, i);
    return ip && extra !== null ? dotted(mask(ip.value, Math.min(ip.prefix, extra ?? 32))) : "";
  },
  format_ipv4_mask: ({ g: [a, p] }) => (i) => {
    const ip = parseIpv4(a(i));
    const extra = prefixArg(p, i);
    if (!ip || extra === null) return "";
    const prefix = Math.min(ip.prefix, extra ?? 32);
    return `${dotted(mask(ip.value, prefix))}/${prefix}`;
  },
  has_ipv4: hasIpv4(false),
  has_any_ipv4: hasIpv4(false),
  has_ipv4_prefix: hasIpv4(true),
  has_any_ipv4_prefix: hasIpv4(true),
};
