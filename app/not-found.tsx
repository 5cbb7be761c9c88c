import Link from "next/link";
import { headers } from "next/headers";
import { missingIncidentUrl } from "@/lib/catalog/incident-page";
import { requestUrl } from "@/lib/security/principal";
import { IncidentMissing } from "./incidents/[id]/missing";

/**
 * Every unmatched URL, and /incidents/<id> naming no incident (proxy.ts routes it here: this page is
 * rendered on the server, a page's notFound() is not; lib/wiring/missing-incident.ts). Reading
 * headers() renders it per request, so the page carries the CSP nonce like every other page.
 */
export default async function NotFound() {
  const incident = missingIncidentUrl(requestUrl(await headers()));
  if (incident) return <IncidentMissing url={incident} />;
  return (
    <main className="mx-auto max-w-3xl space-y-4 p-6">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p>There is no page at this address. The dashboard has these views:</p>
      <ul className="list-disc pl-6">
        <li><Link className="text-blue-700 underline" href="/">Overview</Link> (on-call)</li>
        <li><Link className="text-blue-700 underline" href="/incidents">Incidents and drills</Link></li>
        <li><Link className="text-blue-700 underline" href="/wall">Wall screen</Link></li>
        <li><Link className="text-blue-700 underline" href="/review">Availability review</Link></li>
      </ul>
    </main>
  );
}
