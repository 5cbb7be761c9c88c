import type { PlatformEvent } from "@/lib/snapshot/types";

/** The platform-health signal's summary: every Azure report in the range, or a plain "none". */
export function PlatformEventsList({ events }: { events: readonly PlatformEvent[] }) {
  if (events.length === 0) return <p className="text-sm">Azure reported no Service Health or Resource Health event for our regions and resources in this range.</p>;
  return (
    <table className="w-full text-sm">
      <thead>
        <tr className="text-left">
          <th scope="col">report</th>
          <th scope="col" className="px-2">regions</th>
          <th scope="col" className="px-2">state</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id} className="border-t border-slate-200" data-platform-event={e.source}>
            <td className="py-0.5">{e.sentence}</td>
            <td className="px-2">{e.regions.join(", ")}</td>
            <td className="px-2">{e.active ? "active" : "mitigated"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
