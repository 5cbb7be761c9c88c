import Link from "next/link";
import { connection } from "next/server";

/** Rendered per request so the page carries the CSP nonce like every other page. */
export default async function NotFound() {
  await connection();
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
