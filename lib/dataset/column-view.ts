import type { KustoType } from "../telemetry/schemas";

/** A value as the engine sees it: numbers for long/int/real/datetime/timespan, JSON values for dynamic. */
export type Value = number | string | boolean | null | object;

/** Read-only view every column offers; `length` is fixed for a query's snapshot. */
export interface ColumnView {
  readonly type: KustoType;
  readonly length: number;
  get(i: number): Value;
}
