import type { ShownSnapshot } from "@/lib/snapshot/types";

/** With ?region=: what the filter narrows (the rows) and what it does not (every panel's status), as lib says it. */
export function RegionFilterNote({ snapshot, className = "" }: { snapshot: ShownSnapshot; className?: string }) {
  if (!snapshot.regionFilter) return null;
  return (
    <p className={`rounded border border-slate-300 bg-slate-50 px-2 py-1 text-sm text-slate-800 ${className}`} data-region-filter={snapshot.regionFilter.region}>
      {snapshot.regionFilter.note}
    </p>
  );
}
