/**
 * What an empty incident list says. While the source failovers are read from is silent, "no
 * incident" is not a fact: the panel's NO DATA line already gives the signal's reason
 * (lib/signals/incidents/coverage.ts), so nothing is claimed here.
 */
export function NoIncidents({ reason }: { reason?: string }) {
  if (reason) return null;
  return (
    <p className="text-sm" data-value="no-incidents">
      No incident or drill in this range.
    </p>
  );
}
