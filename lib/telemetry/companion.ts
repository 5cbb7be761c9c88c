/**
 * The companion (companion/README.md) emits every app-side metric and event of the telemetry
 * contract, so wherever the doctor or a signal finds AppMetrics/AppEvents telemetry missing, the
 * remedy also offers it. Kept apart from the remedy texts (issue #13 derives those from the contract).
 */
export const COMPANION_TABLES: ReadonlySet<string> = new Set(["AppMetrics", "AppEvents"]);

export const COMPANION_HINT =
  "Or deploy the companion that ships with the dashboard (companion/README.md): its lag canary, conflict-feed reporter and `npm run drill` emit exactly the names and Properties the dashboard reads.";

export function withCompanionHint(table: string, remedy: string): string {
  return COMPANION_TABLES.has(table) ? `${remedy} ${COMPANION_HINT}` : remedy;
}
