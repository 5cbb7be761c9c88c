import { StatusBadge } from "@/components/status/status-badge";
import type { RegionSnapshot, Status, WallTileState } from "@/lib/snapshot/types";
import type { TileFreshness } from "@/lib/wall/tiles";
import type { PlatformBadge } from "@/lib/wall/platform";
import { NoData, Tile } from "./tile";

/** Each region's state and its share of edge traffic. */
export function RegionsTile({
  regions,
  state,
  badges = {},
  freshness,
  className,
}: {
  regions: RegionSnapshot[];
  /** The tile's status and reason (lib/wall/tile-model.ts: e.g. which log source is silent). */
  state: WallTileState;
  /** Azure-reported events per region (lib/wall/platform.ts). */
  badges?: Record<string, PlatformBadge>;
  freshness: TileFreshness;
  className?: string;
}) {
  return (
    <Tile id="regions" title="Regions" status={state.status} reason={state.reason} freshness={freshness} className={className}>
      {regions.length === 0 ? (
        <NoData />
      ) : (
        <div className="grid h-full min-h-0 gap-4" style={{ gridTemplateColumns: `repeat(${regions.length}, minmax(0, 1fr))` }}>
          {regions.map((r) => (
            <RegionCard key={r.id} region={r} badge={badges[r.id]} compact={regions.length > 2} />
          ))}
        </div>
      )}
    </Tile>
  );
}

/**
 * Type sizes of a card: three or more regions share the tile's width, where the two-region sizes cut
 * "West Europe" to "West Europ", pushed the share's "%" onto a line of its own and the origin line over
 * the tile's footer (a three-region deployment at 1080p).
 */
const CARD_TYPE = {
  wide: { pad: "px-5", name: "text-4xl", share: "text-9xl", unit: "text-5xl", ofTraffic: "text-3xl", origin: "text-3xl" },
  compact: { pad: "px-3", name: "text-3xl", share: "text-7xl", unit: "text-4xl", ofTraffic: "text-2xl", origin: "text-2xl" },
} as const;

function RegionCard({ region, badge, compact }: { region: RegionSnapshot; badge?: PlatformBadge; compact: boolean }) {
  const share = region.trafficShareRatio;
  const type = CARD_TYPE[compact ? "compact" : "wide"];
  return (
    <div data-region={region.id} data-status={region.status} className={`flex min-w-0 flex-col justify-around gap-1 rounded-lg bg-slate-800/70 ${type.pad} py-2`}>
      <div className={`flex justify-between gap-2 ${compact ? "flex-col items-start" : "items-center"}`}>
        {/* Two lines rather than an ellipsis: "Germany West Central" beside its badge read "Germany …" at 1080p. */}
        <span className={`line-clamp-2 min-w-0 ${type.name} font-bold leading-tight text-white`}>{region.displayName}</span>
        {/* One line, at the tile headers' size: "? NO DATA" at xl wrapped in two and cut "West Europe" to "West Eur…". */}
        <span className="shrink-0 whitespace-nowrap">
          <StatusBadge status={region.status} size="lg" label={region.displayName} />
        </span>
      </div>
      <div className="flex items-baseline gap-3">
        {share === null ? (
          <NoData className="text-5xl" />
        ) : (
          <span className={`whitespace-nowrap ${type.share} font-bold leading-none tabular-nums text-white`} data-value="traffic-share">
            {Math.round(share * 100)}
            <span className={type.unit}> %</span>
          </span>
        )}
        <span className={`${type.ofTraffic} text-slate-300`}>of traffic</span>
      </div>
      <div className="h-4 overflow-hidden rounded-full bg-slate-700" aria-hidden="true">
        <div className="h-full rounded-full bg-sky-400" style={{ width: `${Math.round((share ?? 0) * 100)}%` }} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <OriginLine status={region.originStatus} size={type.origin} />
        {badge ? (
          <span
            data-platform-badge={badge.active ? "active" : "mitigated"}
            title={badge.sentence}
            aria-label={badge.sentence}
            className={`rounded-md px-3 py-1 text-2xl font-bold ${badge.active ? "bg-amber-400 text-slate-950" : "border-2 border-amber-400 text-amber-300"}`}
          >
            {badge.text}
          </span>
        ) : null}
      </div>
    </div>
  );
}

/** Origin health as the origin-health signal graded it (NO DATA while Front Door's logs are silent). */
function OriginLine({ status, size }: { status: Status; size: string }) {
  if (status === "ok") return <span className={`${size} font-semibold text-emerald-400`} data-origin-status="ok">✓ Origin healthy</span>;
  if (status === "breach") return <span className={`${size} font-bold text-red-400`} data-origin-status="breach">✕ Origin UNHEALTHY</span>;
  if (status === "warn") return <span className={`${size} font-bold text-amber-300`} data-origin-status="warn">▲ Origin WARN</span>;
  return <span className={`${size} font-semibold text-gray-400`} data-origin-status="no-data">? Origin: NO DATA</span>;
}
