import type { PlatformEvent } from "@/lib/snapshot/types";

/**
 * "Is it us or Azure?": Azure's own reports for the region and time shown, in Azure's words
 * (title, tracking id, since). Renders nothing when Azure reported nothing.
 */
export function PlatformBanner({ events, context }: { events: readonly PlatformEvent[]; context: string }) {
  if (events.length === 0) return null;
  return (
    <section role="status" aria-label="Azure platform events" data-testid="platform-banner" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm">
      <p className="font-bold">☁ Azure reports {events.length === 1 ? "a platform event" : `${events.length} platform events`} {context}</p>
      <ul className="mt-1 space-y-0.5">
        {events.map((e) => (
          <li key={e.id} data-platform-event={e.source} data-active={e.active}>
            {e.sentence}
            {e.active ? <strong> (still active)</strong> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
