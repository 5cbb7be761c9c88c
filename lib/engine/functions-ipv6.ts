/**
 * IPv6 functions of the reference, and ipv4_range_to_cidr_list. Addresses are 128-bit numbers; an
 * IPv4 address (alone or written ::a.b.c.d / ::ffff:a.b.c.d) is the mapped ::ffff:a.b.c.d and its
 * prefix counts IPv4 bits (/24 is /120), as the parse_ipv6_mask page's examples show. Values are
 * compared under the shortest prefix involved (the address's, the other's, the argument's).
 * Text that is no address gives null.
 */
import type { Value } from "../dataset/columns";
import type { FnImpl } from "./functions";
import { parseIpv4 } from "./functions-ip";
import { toKustoString, toLong, type Getter } from "./value-ops";

interface Ip6 {
  value: bigint;
  prefix: number;
}

const ALL = (1n << 128n) - 1n;
const MAPPED = 0xffffn << 32n;

function groups(text: string): bigint | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parse = (s: string) => (s === "" ? [] : s.split(":"));
  const head = parse(halves[0]);
  const tail = halves.length === 2 ? parse(halves[1]) : [];
  if (!head.concat(tail).every((h) => /^[0-9a-fA-F]{1,4}$/.test(h))) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  return all.reduce((acc, h) => (acc << 16n) | BigInt(parseInt(h, 16)), 0n);
}

export function parseIpv6(v: Value): Ip6 | null {
  if (typeof v !== "string") return null;
  const m = /^\s*([0-9a-fA-F:.]+)(?:\/(\d{1,3}))?\s*$/.exec(v);
  if (!m) return null;
  const text = m[1];
  const bits = m[2] === undefined ? undefined : Number(m[2]);
  const v4 = /^(?:(?:0{1,4}:){5}ffff:|::ffff:|::)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(text);
  if (v4) {
    const ip = parseIpv4(v4[1]);
    if (!ip || (bits !== undefined && bits > 32)) return null;
    return { value: MAPPED | BigInt(ip.value), prefix: 96 + (bits ?? 32) };
  }
  let value: bigint | null;
  const dotted = /^(.*:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (dotted) {
    const ip = parseIpv4(dotted[2]);
    const high = groups(`${dotted[1]}0:0`);
    value = ip && high !== null ? high | BigInt(ip.value) : null;
  } else value = groups(text);
  if (value === null || (bits !== undefined && bits > 128)) return null;
  return { value, prefix: bits ?? 128 };
}

const masked = (v: bigint, prefix: number) => (prefix <= 0 ? 0n : v & (ALL ^ ((1n << BigInt(128 - prefix)) - 1n)));

function prefixOf(g: Getter | undefined, i: number): number | null | undefined {
  if (!g) return undefined;
  const p = toLong(g(i));
  return p === null || p < 0 || p > 128 ? null : p;
}

function compare(a: Ip6, b: Ip6, extra?: number): number {
  const prefix = Math.min(a.prefix, b.prefix, extra ?? 128);
  const x = masked(a.value, prefix);
  const y = masked(b.value, prefix);
  return x === y ? 0 : x < y ? -1 : 1;
}

function canonical(v: bigint): string {
  return Array.from({ length: 8 }, (_, k) => ((v >> BigInt(112 - 16 * k)) & 0xffffn).toString(16).padStart(4, "0")).join(":");
}

const inRange = (ip: Ip6, range: Ip6) => masked(ip.value, range.prefix) === masked(range.value, range.prefix);

/** The fewest CIDR blocks covering [start, end] (both IPv4), largest aligned block first. */
function cidrList(start: number, end: number): string[] {
  const out: string[] = [];
  const dotted = (v: number) => [24, 16, 8, 0].map((s) => Math.floor(v / 2 ** s) % 256).join(".");
  let at = start;
  while (at <= end) {
    let size = 32;
    while (size > 0) {
      const block = 2 ** (33 - size);
      if (at % block !== 0 || at + block - 1 > end) break;
      size--;
    }
    out.push(`${dotted(at)}/${size}`);
    at += 2 ** (32 - size);
  }
  return out;
}

export const IPV6_FUNCTIONS: Record<string, FnImpl> = {
  parse_ipv6: ({ g: [a] }) => (i) => {
    const ip = parseIpv6(a(i));
    return ip ? canonical(masked(ip.value, ip.prefix)) : null;
  },
  parse_ipv6_mask: ({ g: [a, p] }) => (i) => {
    const ip = parseIpv6(a(i));
    const bits = prefixOf(p, i);
    return ip && bits !== null ? canonical(masked(ip.value, Math.min(ip.prefix, bits ?? 128))) : null;
  },
  ipv6_compare: ({ g: [a, b, p] }) => (i) => {
    const x = parseIpv6(a(i));
    const y = parseIpv6(b(i));
    const bits = prefixOf(p, i);
    return x && y && bits !== null ? compare(x, y, bits) : null;
  },
  ipv6_is_match: ({ g: [a, b, p] }) => (i) => {
    const x = parseIpv6(a(i));
    const y = parseIpv6(b(i));
    const bits = prefixOf(p, i);
    return x && y && bits !== null ? compare(x, y, bits) === 0 : null;
  },
  ipv6_is_in_range: ({ g: [a, r] }) => (i) => {
    const ip = parseIpv6(a(i));
    const range = parseIpv6(r(i));
    return ip && range ? inRange(ip, range) : null;
  },
  ipv6_is_in_any_range: ({ g: [a, ...rest] }) => (i) => {
    const ip = parseIpv6(a(i));
    if (!ip) return null;
    const ranges = rest.flatMap((r) => {
      const v = r(i);
      return Array.isArray(v) ? v : [v];
    });
    return ranges.some((r) => {
      const range = parseIpv6(typeof r === "string" ? r : toKustoString(r, "dynamic"));
      return range !== null && inRange(ip, range);
    });
  },
  ipv4_range_to_cidr_list: ({ g: [s, e] }) => (i) => {
    const a = parseIpv4(s(i));
    const b = parseIpv4(e(i));
    if (!a || !b || a.prefix !== 32 || b.prefix !== 32 || a.value > b.value) return null;
    return cidrList(a.value, b.value);
  },
};
