/**
 * ipv4_lookup / ipv6_lookup (their pages): a lookup of each source row's address in a table of
 * networks (IP-prefix notation), plus optional extra key columns matched by equality as in join;
 * return_unmatched=true keeps unmatched source rows with the lookup columns null. Columns come as the
 * analyzer lays them out (source columns, then the lookup table's other columns, "similar to the
 * result of the lookup operator").
 *
 * Not on the pages, so refused rather than guessed: an address inside two lookup networks (which one
 * wins, or both), and a lookup column whose name clashes with a source column that is not an extra key.
 */
import type { Value } from "../../dataset/columns";
import { KqlUnsupportedError } from "../errors";
import { callArgs } from "../functions";
import type { KNode } from "../kusto";
import { columnGetter, compileScalar } from "../scalar";
import { nameOf, nodes, unsupported } from "../syntax";
import { findColumn, valuesColumn, type ETable } from "../table";
import { keyOf } from "../value-ops";
import { NetworkIndex, parseV4, parseV6, type Address } from "./ip-address";
import type { Plugin } from "./types";

function columnName(n: KNode | undefined, table: ETable, what: string, call: KNode): string {
  if (!n || n.cls !== "NameReference" || !findColumn(table, nameOf(n))) return unsupported(n ?? call, `${nameOf(call.children[0])}(): ${what} must be a column`);
  return nameOf(n);
}

function ipLookup(parse: (v: unknown) => Address | null): Plugin {
  return (op, call, input, ctx) => {
    const plugin = nameOf(call.children[0]);
    const args = callArgs(call);
    const named = args.filter((a) => a.cls === "SimpleNamedExpression");
    const positional = args.filter((a) => a.cls !== "SimpleNamedExpression");
    const lookupNode = positional[0];
    if (!lookupNode || lookupNode.type !== "table") return unsupported(call, `${plugin}() without a lookup table`);
    const lookup = ctx.evalTabular(lookupNode);
    const sourceKey = columnName(positional[1], input, "the source key", call);
    const lookupKey = columnName(positional[2], lookup, "the lookup key", call);
    let rest = positional.slice(3);
    let unmatchedNode: KNode | undefined = named.find((a) => nameOf(nodes(a)[0]).toLowerCase() === "return_unmatched");
    unmatchedNode = unmatchedNode ? nodes(unmatchedNode)[1] : undefined;
    if (!unmatchedNode && rest.length > 0 && rest[rest.length - 1].type === "bool") {
      unmatchedNode = rest[rest.length - 1];
      rest = rest.slice(0, -1);
    }
    const empty = { table: { length: 1, columns: [] }, ctx };
    const keepUnmatched = unmatchedNode ? compileScalar(unmatchedNode, empty)(0) === true : false;
    const extraKeys = rest.map((n) => {
      const name = columnName(n, input, "an extra key", call);
      if (!findColumn(lookup, name)) unsupported(n, `${plugin}(): the extra key ${name} is not a column of the lookup table`);
      return name;
    });

    const srcIp = columnGetter(input, sourceKey);
    const netIp = columnGetter(lookup, lookupKey);
    const srcExtra = extraKeys.map((k) => columnGetter(input, k));
    const netExtra = extraKeys.map((k) => columnGetter(lookup, k));
    const extraKey = (gets: typeof srcExtra, i: number) => JSON.stringify(gets.map((g) => keyOf(g(i) as Value)));
    const networks = new NetworkIndex<number>();
    for (let j = 0; j < lookup.length; j++) {
      const net = parse(netIp(j));
      if (net) networks.add(net, extraKey(netExtra, j), j);
    }

    const leftRows: number[] = [];
    const rightRows: number[] = [];
    for (let i = 0; i < input.length; i++) {
      const ip = parse(srcIp(i));
      const extra = extraKey(srcExtra, i);
      const hits = ip ? networks.find(ip, extra) : [];
      if (hits.length > 1) throw new KqlUnsupportedError(`${plugin}() of an address inside several lookup networks`, call.pos, `${String(srcIp(i))} is in ${hits.map((j) => String(netIp(j))).join(" and ")}`);
      if (hits.length === 1 || keepUnmatched) {
        leftRows.push(i);
        rightRows.push(hits.length === 1 ? hits[0] : -1);
      }
    }

    const keys = new Set(extraKeys);
    const columns = (op.columns ?? []).map((c) => {
      const fromInput = findColumn(input, c.name);
      const fromLookup = findColumn(lookup, c.name);
      if (fromInput && fromLookup && !keys.has(c.name)) unsupported(call, `${plugin}(): the lookup column ${c.name} clashes with a source column`);
      if (fromInput) return valuesColumn(c.name, c.type, leftRows.map((i) => fromInput.view.get(i) as Value));
      if (!fromLookup) return unsupported(call, `${plugin}(): output column ${c.name}`);
      const blank: Value = c.type === "string" ? "" : null;
      return valuesColumn(c.name, c.type, rightRows.map((j) => (j < 0 ? blank : (fromLookup.view.get(j) as Value))));
    });
    return { length: leftRows.length, columns };
  };
}

/** ipv4_lookup reads IPv4 text only; ipv6_lookup reads IPv6 text and IPv4 as its mapped IPv6 form. */
export const IP_LOOKUP_PLUGINS: Record<string, Plugin> = {
  ipv4_lookup: ipLookup(parseV4),
  ipv6_lookup: ipLookup(parseV6),
};
