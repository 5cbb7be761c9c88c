import { headers } from "next/headers";
import { requestUrl } from "@/lib/security/principal";
import { IncidentMissing } from "./missing";

/**
 * The page's own notFound() (no such incident after all, though proxy.ts found none missing): Next
 * gives this file no params, so proxy.ts passes the request's URL in a header. Reading headers()
 * renders it per request, so it carries the CSP nonce like every other page.
 */
export default async function IncidentNotFound() {
  return <IncidentMissing url={requestUrl(await headers())} />;
}
