import Link from "next/link";
import { incidentNotFoundSentence } from "@/lib/charts/incident";
import { viewHref, viewRangeWords } from "@/lib/charts/view-url";
import { incidentPageRequest } from "@/lib/catalog/incident-page";
import { getConfig } from "@/lib/config/runtime";
import { dataStart, recordedUntil, sourceNow } from "@/lib/wiring/source";

/**
 * The 404 of /incidents/<id>: which incident was not found and why, from the same id and view the
 * page read. Rendered by app/not-found.tsx when proxy.ts found no such incident (server HTML, status
 * 404), and by ./not-found.tsx should the page's own notFound() still fire (drawn by the client).
 */
export function IncidentMissing({ url }: { url: URL }) {
  const now = sourceNow();
  const { id, key, asOf, live, view } = incidentPageRequest(url.pathname.split("/")[2] ?? "", url.searchParams, now);
  const config = getConfig();
  const sentence =
    id !== null && key
      ? incidentNotFoundSentence({ id, region: key.region, start: key.start, asOf, live, dataStart: dataStart(config, now), dataEnd: recordedUntil(config) })
      : "No incident with this id was found in the data.";
  return (
    <main className="mx-auto max-w-3xl space-y-3 p-6">
      <h1 className="text-2xl font-bold">Incident not found</h1>
      <p role="alert" className="rounded border-l-4 border-breach bg-white p-3" data-incident-not-found={id ?? ""}>
        {sentence}
      </p>
      <p>
        <Link className="text-blue-800 underline" href={viewHref("/incidents", view)}>
          All incidents {viewRangeWords(view)}
        </Link>
      </p>
    </main>
  );
}
