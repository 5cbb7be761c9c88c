import type { PlatformEvent } from "@/lib/snapshot/types";

/** The platform-health signal's summary: every Azure report in the range, or a plain "none". */
export function PlatformEventsList({ events }: { events: readonly PlatformEvent[] }) {
  if (events.length === 0) return <p className="text-sm">Azure reported no Service Health or Resource Health event for our regions and resources in this range.</p>;
  return (
    <table className="w-full text-sm">
      <thead>
        <tr className="text-left">
          <th scope="col">report</th>
          <th scope="col">regions</th>
          <th scope="col">state</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id} className="border-t border-slate-200" data-platform-event={e.source}>
            <td>{e.sentence}</td>
            <td>{e.regions.join(", ")}</td>
            <td>{e.active ? "active" : "mitigated"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
