import type { DashboardConfig } from "../config/schema";

export interface CompositeSla {
  edge: { name: string; availability: number };
  components: { name: string; availability: number }[];
  /** Π of the per-region components in series. */
  perRegion: number;
  regions: number;
  /** 1 − (1 − perRegion)^regions: the regions are redundant. */
  redundantStack: number;
  /** min(edge, redundant stack): the edge caps the whole. */
  composite: number;
  cappedByEdge: boolean;
  /** The availability target is above what the platform SLAs promise: the vendors do not back it. */
  targetAboveComposite: boolean;
  formula: string;
}

const pct = (a: number) => `${+(a * 100).toFixed(5)} %`;

/** SIGNALS.md 3.7: series multiply, redundant regions combine as 1 − Π(1 − Aᵢ), the edge caps. */
export function compositeSla(config: DashboardConfig): CompositeSla | null {
  const spec = config.compositeSla;
  if (!spec) return null;
  const perRegion = spec.perRegionSeries.reduce((acc, c) => acc * c.availability, 1);
  const regions = config.regions.length;
  const redundantStack = 1 - Math.pow(1 - perRegion, regions);
  const composite = Math.min(spec.edge.availability, redundantStack);
  const series = spec.perRegionSeries.map((c) => pct(c.availability)).join(" × ");
  return {
    edge: spec.edge,
    components: spec.perRegionSeries,
    perRegion,
    regions,
    redundantStack,
    composite,
    cappedByEdge: spec.edge.availability <= redundantStack,
    targetAboveComposite: config.budgets.availability.target > composite,
    formula:
      `per region = ${series} = ${pct(perRegion)}; ` +
      `${regions} regions = 1 − (1 − ${pct(perRegion)})^${regions} = ${pct(redundantStack)}; ` +
      `composite = min(edge ${pct(spec.edge.availability)}, ${pct(redundantStack)}) = ${pct(composite)}`,
  };
}
