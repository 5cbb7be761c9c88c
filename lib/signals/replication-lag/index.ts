import type { ReplicationSnapshot } from "@/lib/snapshot/types";
import { byTime, num } from "../runtime/rows";
import { buildMeta, headlineStatus } from "../runtime/status";
import type { ProjectContext, SignalModule } from "../runtime/types";
import type { OriginHealthValue } from "../origin-health";
import { rangeWithLookback } from "../runtime/windows";
import { evaluateLag, LAG_WARN_LOOKBACK_MS, type LagSample } from "./evaluate";
import { lagQuery, lagQueryId, replicationQueries } from "./query";
import { FEEDS } from "@/lib/telemetry/contract";
import { lagReason } from "@/lib/format/reasons";
import { replicationSeries } from "./series";

/**
 * A breaching pair whose source region is down now (origin UNHEALTHY by the origin-health signal) says
 * so: the lag run alone cannot see origin health, and its "at risk if UK South fails" read as if UK
 * South had not failed while the wall's banner said it had. A NO DATA pair to or from a down region
 * says that is why it is silent.
 */
function withSourceDown(pairs: ReplicationSnapshot[], { config, valueOf }: ProjectContext): ReplicationSnapshot[] {
  const health = valueOf("originHealth") as OriginHealthValue | null;
  const down = new Set((health?.regions ?? []).filter((r) => r.originHealthy === false).map((r) => r.id));
  const name = (id: string) => config.regions.find((r) => r.id === id)?.displayName ?? id;
  return pairs.map((p) => {
    const words = { status: p.status, source: name(p.source), target: name(p.target), nowSeconds: p.lagSecondsNow, recentMaxSeconds: null, budgetSeconds: p.budgetSeconds };
    if (p.status === "breach" && down.has(p.source)) return { ...p, reason: lagReason({ ...words, sourceDown: true }) };
    const silent = [p.source, p.target].find((id) => down.has(id));
    if (p.status === "no-data" && silent !== undefined) return { ...p, reason: lagReason({ ...words, silentWhileDown: name(silent) }) };
    return p;
  });
}

export const replicationLag: SignalModule<ReplicationSnapshot[], "replication"> = {
  key: "replication",
  title: "Replication lag against RPO",
  label: "Replication",
  telemetry: [FEEDS.canaryLag, FEEDS.sqlLag],
  wallTiles: ["replication"],
  project: (value, ctx) => ({ replication: withSourceDown(value ?? [], ctx).filter((r) => ctx.region === undefined || r.source === ctx.region || r.target === ctx.region) }),
  series: replicationSeries,
  queries: replicationQueries,
  async run(ctx) {
    const window = rangeWithLookback(ctx.range, LAG_WARN_LOOKBACK_MS);
    const warnings: string[] = [];
    let newestMs: number | null = null;
    const outcomes = await Promise.all(
      ctx.config.replication.map(async (pair) => {
        const out = await ctx.runQuery(lagQueryId(pair), lagQuery(ctx.config, pair), window, {
          requiredColumns: ["TimeGenerated", "lagSeconds"],
        });
        const samples: LagSample[] = [];
        for (const { t, row } of byTime(out.rows)) {
          const lag = num(row, "lagSeconds");
          if (lag !== null) samples.push({ t, lagSeconds: lag });
        }
        return { pair, out, samples };
      }),
    );
    const name = (id: string) => ctx.config.regions.find((r) => r.id === id)?.displayName ?? id;
    const value = outcomes.map(({ pair, samples }) => {
      const label = `${pair.tier} ${pair.source}→${pair.target}`;
      const e = evaluateLag(samples, { asOf: ctx.asOf, rangeFrom: ctx.range.from, budgetSeconds: pair.rpoBudgetSeconds, label });
      warnings.push(...e.warnings);
      if (e.newestMs !== null) newestMs = Math.max(newestMs ?? 0, e.newestMs);
      return {
        source: pair.source,
        target: pair.target,
        tier: pair.tier,
        lagSecondsNow: e.lagSecondsNow,
        lagSecondsP99: e.lagSecondsP99,
        lagSecondsMax: e.lagSecondsMax,
        budgetSeconds: pair.rpoBudgetSeconds,
        status: e.status,
        reason: lagReason({ status: e.status, source: name(pair.source), target: name(pair.target), nowSeconds: e.lagSecondsNow, recentMaxSeconds: e.recentMaxSeconds, budgetSeconds: pair.rpoBudgetSeconds }),
        rangeWorst: e.rangeWorst,
      } satisfies ReplicationSnapshot;
    });
    const status = value.length === 0 ? "ok" : headlineStatus(value.map((v) => v.status));
    return { value, meta: buildMeta({ status, asOf: ctx.asOf, newestMs, runs: outcomes.map((o) => o.out.run), warnings }) };
  },
};
