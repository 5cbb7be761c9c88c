/**
 * IPv4/IPv6 addresses with an optional prefix, as the ip lookup plugins read them (IP-prefix
 * notation include of the reference): IPv4 is a 32-bit number with a prefix 0..32; IPv6 a 128-bit
 * bigint with a prefix 0..128, where an IPv4 address counts as its IPv4-mapped IPv6 form
 * (::ffff:a.b.c.d, the ipv6_compare page treats the two as equal). Text that is no address is null.
 */
import { parseIpv4 } from "../functions-ip";
import { parseIpv6 } from "../functions-ipv6";

export interface Address {
  value: bigint;
  prefix: number;
  bits: 32 | 128;
}

export function parseV4(text: unknown): Address | null {
  const ip = parseIpv4(typeof text === "string" || typeof text === "number" ? text : null);
  return ip ? { value: BigInt(ip.value), prefix: ip.prefix, bits: 32 } : null;
}

/**
 * IPv6 text (or IPv4 as its mapped form, with an IPv4 prefix counting IPv4 bits) through the one
 * parser the ipv6_* functions use, so the plugin and the functions agree on every address.
 */
export function parseV6(text: unknown): Address | null {
  const ip = parseIpv6(typeof text === "string" ? text : null);
  return ip ? { value: ip.value, prefix: ip.prefix, bits: 128 } : null;
}

function masked(value: bigint, prefix: number, bits: number): bigint {
  const drop = BigInt(bits - prefix);
  return (value >> drop) << drop;
}

/** Same network under the shorter of the two prefixes (the ipv4_is_match / ipv6_is_match pages). */
export function sameNetwork(a: Address, b: Address): boolean {
  const p = Math.min(a.prefix, b.prefix);
  return masked(a.value, p, a.bits) === masked(b.value, p, b.bits);
}

/**
 * Networks by prefix length, so a lookup costs one map probe per distinct prefix instead of a scan
 * of the whole table (lookup tables run to 100K-300K rows, per the plugin pages). `scope` is an
 * extra equality key (the plugins' extra key columns).
 */
export class NetworkIndex<T> {
  private readonly byPrefix = new Map<number, Map<string, { net: Address; item: T }[]>>();

  add(net: Address, scope: string, item: T): void {
    let map = this.byPrefix.get(net.prefix);
    if (!map) this.byPrefix.set(net.prefix, (map = new Map()));
    const key = `${net.bits}\u0000${scope}\u0000${masked(net.value, net.prefix, net.bits)}`;
    const list = map.get(key);
    if (list) list.push({ net, item });
    else map.set(key, [{ net, item }]);
  }

  /** Every network holding `ip` under the shorter of the two prefixes (sameNetwork). */
  find(ip: Address, scope: string): T[] {
    const out: T[] = [];
    for (const [prefix, map] of this.byPrefix) {
      if (prefix <= ip.prefix) {
        for (const e of map.get(`${ip.bits}\u0000${scope}\u0000${masked(ip.value, prefix, ip.bits)}`) ?? []) out.push(e.item);
        continue;
      }
      // A source written with a shorter prefix than the network's (rare): compared entry by entry.
      for (const [key, list] of map) {
        if (!key.startsWith(`${ip.bits}\u0000${scope}\u0000`)) continue;
        for (const e of list) if (sameNetwork(ip, e.net)) out.push(e.item);
      }
    }
    return out;
  }
}
