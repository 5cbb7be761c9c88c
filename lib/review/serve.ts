import type { DashboardConfig } from "../config/schema";
import { badRequestBody, type BadRequestBody } from "../params/result";
import { getParam, type ParamSource } from "../params/search-params";
import { SourceUnavailableError } from "../signals/runtime/context";
import type { LogsSource } from "../workspace/types";
import { buildReview, type PeriodLoader } from "./assemble";
import { historyCsv, incidentsCsv } from "./export";
import { parseMonthParam } from "./month-param";
import type { ReviewReport } from "./types";

export interface ReviewDeps {
  config: DashboardConfig;
  now: Date;
  source: () => LogsSource;
  load?: PeriodLoader;
  log?: (message: string, err: unknown) => void;
}

export type ReviewAnswer =
  | { status: 200; report: ReviewReport }
  | { status: 400; body: BadRequestBody }
  | { status: 502 | 503; body: { error: string } };

/** The review for `?month=` (default: the last complete month): 400 naming what is allowed, 502/503 with a message. */
export async function answerReview(params: ParamSource, deps: ReviewDeps): Promise<ReviewAnswer> {
  const month = parseMonthParam(getParam(params, "month"), deps.now);
  if (!month.ok) return { status: 400, body: badRequestBody(month.error) };
  try {
    const report = await buildReview({ config: deps.config, source: deps.source(), month: month.value, now: deps.now, load: deps.load });
    return { status: 200, report };
  } catch (err) {
    deps.log?.("review failed", err);
    if (err instanceof SourceUnavailableError) return { status: 503, body: { error: `data source unavailable: ${err.message}` } };
    return { status: 502, body: { error: `the review could not be computed: ${err instanceof Error ? err.message : String(err)}` } };
  }
}

export const CSV_KINDS = ["history", "incidents"] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

/** A framework-free HTTP answer: JSON for the review and errors, CSV (as a download) for the exports. */
export function reviewResponse(answer: ReviewAnswer, csv?: CsvKind): Response {
  const noStore = { "cache-control": "no-store" };
  if (answer.status !== 200) return Response.json(answer.body, { status: answer.status, headers: noStore });
  if (!csv) return Response.json(answer.report, { headers: noStore });
  const text = csv === "history" ? historyCsv(answer.report) : incidentsCsv(answer.report.incidents);
  const name = `availability-review-${answer.report.month.window.id}-${csv}.csv`;
  return new Response(text, {
    headers: { ...noStore, "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"` },
  });
}
