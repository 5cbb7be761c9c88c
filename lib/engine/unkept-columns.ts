/**
 * Standard columns every Log Analytics table has (learn.microsoft.com/azure/azure-monitor/logs/log-standard-columns)
 * that the embedded workspace does not keep: `_TimeReceived` ("the time that the record was received by the Azure
 * Monitor ingestion point", which the simulator has no pipeline to delay) and `_ItemId` (a unique id per record).
 * The analyzer knows only the columns a table declares, so a query reading them fails its name lookup (KS142); in
 * Log Analytics the query is valid, so it is refused by name instead of reported as a mistake in the query.
 */
import { KqlUnsupportedError } from "./errors";

const UNKEPT: Readonly<Record<string, string>> = {
  _TimeReceived: "when Log Analytics received the record: the embedded workspace has no ingestion pipeline to time",
  _ItemId: "a record's unique id: the embedded workspace does not assign one",
};

/** KS142 ("The name 'X' does not refer to any known column ...") over an unkept standard column: a refusal naming it. */
export function unkeptColumnRefusal(code: string, message: string, position: number): KqlUnsupportedError | undefined {
  if (code !== "KS142") return undefined;
  const name = /The name '([^']+)'/.exec(message)?.[1];
  if (!name || !(name in UNKEPT)) return undefined;
  return new KqlUnsupportedError(`standard column ${name}`, position, UNKEPT[name]);
}
