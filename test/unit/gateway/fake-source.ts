import type { LogsSource, QueryResult, QueryWindow } from "@/lib/workspace/types";

interface Call {
  kql: string;
  window: QueryWindow;
  resolve: (r: QueryResult) => void;
  reject: (e: unknown) => void;
}

/** A source whose answers the test hands out one call at a time. */
export class ControlledSource implements LogsSource {
  readonly kind = "embedded" as const;
  calls: Call[] = [];
  private answered = 0;

  query(kql: string, window: QueryWindow): Promise<QueryResult> {
    return new Promise((resolve, reject) => this.calls.push({ kql, window, resolve, reject }));
  }

  /** Answers the oldest unanswered call. */
  answer(rows: unknown[][] = [[1]], extra: Partial<QueryResult> = {}): void {
    this.next().resolve({ table: { columns: [{ name: "n", type: "long" }], rows }, warnings: [], partial: false, ...extra });
  }

  fail(error: unknown): void {
    this.next().reject(error);
  }

  get pending(): number {
    return this.calls.length - this.answered;
  }

  private next(): Call {
    const call = this.calls[this.answered++];
    if (!call) throw new Error("no pending upstream call");
    return call;
  }
}

export const table = (rows: unknown[][]): QueryResult => ({
  table: { columns: [{ name: "n", type: "long" }], rows },
  warnings: [],
  partial: false,
});
