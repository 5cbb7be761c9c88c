/**
 * Static check of a query against the contract tables: the Kusto analyzer's errors and any
 * syntax the engine cannot evaluate. Runs the query over empty tables, so every operator and
 * function is compiled (and rejected if unsupported) without data.
 */
import { Workspace } from "../dataset/workspace";
import { CONTRACT_TABLES, type TableSchema } from "../telemetry/schemas";
import { runQuery } from "./run-query";

export interface QueryCheck {
  ok: boolean;
  /** KqlSemanticError / KqlUnsupportedError / KqlRuntimeError message when not ok. */
  error?: string;
  kind?: string;
}

export function validateQuery(kql: string, extraTables: Record<string, TableSchema> = {}): QueryCheck {
  const ws = new Workspace();
  for (const t of CONTRACT_TABLES) ws.ensureTable(t);
  for (const [name, schema] of Object.entries(extraTables)) ws.defineTable(name, schema);
  try {
    runQuery(ws, kql, { timespan: { from: new Date(0), to: new Date(1) }, asOf: new Date(0) });
    return { ok: true };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e), kind: e instanceof Error ? e.name : "Error" };
  }
}
