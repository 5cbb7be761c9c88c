import type { Annotation, SeriesPanel } from "@/lib/charts/types";

/** What every per-metric chart takes: one server-binned panel on the shared time axis. */
export interface PanelChartProps {
  panel: SeriesPanel;
  annotations: readonly Annotation[];
  from: number;
  to: number;
  maxWidthPx: number;
}
