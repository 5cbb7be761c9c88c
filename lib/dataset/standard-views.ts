/**
 * Standard columns derived from a row when read (no memory per row), as billed-size.ts derives the
 * billing ones. Sources: learn.microsoft.com azure-monitor logs/log-standard-columns and the
 * reference/tables pages:
 * - `Type`: "the name of the table the record was retrieved from";
 * - `_SubscriptionId`: "the subscription identifier of the resource the record is associated with":
 *   the `/subscriptions/<id>/` segment of the row's `_ResourceId` (Azure resource IDs start with it).
 * A row that carries its own non-empty value keeps it (a dataset exported with the columns).
 */
import type { ColumnSchema } from "../telemetry/schemas";
import { zeroIds } from "./backing";
import type { ColumnView } from "./column-view";
import { FrozenStringColumn } from "./string-column";

export const SUBSCRIPTION_ID = "_SubscriptionId";

const SUBSCRIPTION = /^\/subscriptions\/([^/]+)/i;

/** The subscription id in an Azure resource id ("" when it has none). */
export function subscriptionOf(resourceId: unknown): string {
  const m = typeof resourceId === "string" ? SUBSCRIPTION.exec(resourceId) : null;
  return m ? m[1] : "";
}

/** `own`'s value where non-empty, else `derive(i)`. */
function ownOr(own: ColumnView | undefined, length: number, derive: (i: number) => string): ColumnView {
  return { type: "string", length, get: (i: number) => (own?.get(i) as string) || derive(i) };
}

/** `_SubscriptionId` over `_ResourceId`: an interned column stays interned (one parse per distinct id). */
function subscriptionView(resource: ColumnView, own: ColumnView | undefined, length: number): ColumnView {
  if (!own && resource instanceof FrozenStringColumn) return new FrozenStringColumn(resource.ids, resource.dict.map(subscriptionOf), length);
  return ownOr(own, length, (i) => subscriptionOf(resource.get(i)));
}

/** The snapshot's columns with `Type` and `_SubscriptionId` derived where a row has none. */
export function withStandardViews(table: string, schema: readonly ColumnSchema[], columns: ColumnView[], length: number, stored: (k: number) => boolean): ColumnView[] {
  const at = (name: string) => schema.findIndex((c) => c.name === name && c.type === "string");
  const type = at("Type");
  const sub = at(SUBSCRIPTION_ID);
  const resource = at("_ResourceId");
  const out = columns;
  if (type >= 0) {
    const own = columns[type];
    if (!stored(type)) out[type] = new FrozenStringColumn(zeroIds(length), [table], length);
    else if (own instanceof FrozenStringColumn) out[type] = new FrozenStringColumn(own.ids, own.dict.map((s) => s || table), length);
    else out[type] = ownOr(own, length, () => table);
  }
  if (sub >= 0 && resource >= 0) out[sub] = subscriptionView(columns[resource], stored(sub) ? columns[sub] : undefined, length);
  else if (sub >= 0 && !stored(sub)) out[sub] = new FrozenStringColumn(zeroIds(length), [""], length);
  return out;
}
