import type { Annotation } from "@/lib/charts/types";
import { formatUtc } from "@/lib/format/units";

const MARK: Record<Annotation["kind"], string> = { incident: "✕ incident", drill: "◆ drill", flip: "⇅ flip", "probe-blind": "◐ probe-blind", milestone: "│", platform: "☁ Azure" };

/** The chart's annotations in words, so flips, incidents and drills read without the colours. */
export function AnnotationLegend({ annotations, limit = 12 }: { annotations: readonly Annotation[]; limit?: number }) {
  if (annotations.length === 0) return <p className="text-xs text-slate-600">No flips, incidents or drills in this range.</p>;
  const shown = annotations.slice(-limit);
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-0.5 text-xs text-slate-700" aria-label="Annotations on the time axis" data-annotations={annotations.length}>
      {shown.map((a) => (
        <li key={`${a.kind}-${a.region}-${a.t}`} data-annotation-kind={a.kind}>
          <span className="font-semibold">{MARK[a.kind]}</span> {a.label} {formatUtc(new Date(a.t).toISOString(), false)}
          {a.end !== undefined && a.end > a.t ? ` → ${formatUtc(new Date(a.end).toISOString(), false).slice(11)}` : ""}
        </li>
      ))}
      {annotations.length > shown.length && <li>…and {annotations.length - shown.length} earlier</li>}
    </ul>
  );
}
