/**
 * assert() (its page), and why the functions that need a cluster are refused: the validation pass
 * names the reason with the function.
 */
import type { FnImpl } from "./functions";
import { KqlRuntimeError } from "./errors";
import { toKustoString } from "./value-ops";

export const QUERY_FUNCTIONS: Record<string, FnImpl> = {
  // The page: false fails the query with the message, else true. Kusto wants a condition constant
  // before the query runs; a user function's parameters reach us as per-row getters, so it is
  // checked on each row it is evaluated for.
  assert: ({ g: [cond, msg], call }) => (i) => {
    if (cond(i) !== true) throw new KqlRuntimeError(`assert() has failed with message: '${toKustoString(msg(i), "string")}'`, call.pos);
    return true;
  },
};

const NO_PRINCIPAL = "the embedded workspace has no signed-in principal";

/** Functions refused with a reason the user can act on. */
export const REFUSAL_REASONS: Record<string, string> = {
  current_principal: NO_PRINCIPAL,
  current_principal_details: NO_PRINCIPAL,
  current_principal_is_member_of: NO_PRINCIPAL,
  cursor_current: "the embedded workspace has no database cursors",
  cursor_after: "the embedded workspace has no database cursors",
  cursor_before_or_at: "the embedded workspace has no database cursors",
  current_cluster_endpoint: "the embedded workspace is no cluster",
  current_database: "the embedded workspace is no cluster",
  hash_combine: "Kusto's mixing function is not documented, and no known combiner reproduces the page's output",
  hash_many: "Kusto's mixing function is not documented, and no known combiner reproduces the page's output",
  series_periods_detect: "its scores come from an algorithm the page does not describe",
  series_periods_validate: "its scores come from an algorithm the page does not describe",
  // Read from their pages: what each leaves open, so that an answer would be a guess.
  series_fir: "its page does not say what the filter reads before the series' first point (or past its last, centred)",
  series_outliers: "its page names Tukey's fences but not the score's formula nor how the percentiles are interpolated",
  // Its ad_score is series_outliers' score of the residual (its page), which is not described, and its default
  // Seasonality -1 autodetects the period with series_periods_detect: both would be guesses.
  series_decompose_anomalies: "its anomaly score is series_outliers' over the residual, whose formula the reference does not give",
  series_fit_2lines: "its page does not say how the two fits' r-squares make the total it maximises, nor the shortest segment",
  series_fit_2lines_dynamic: "its page does not say how the two fits' r-squares make the total it maximises, nor the shortest segment",
  parse_user_agent: "its page says it matches a large set of predefined patterns, which the reference does not publish",
  datetime_list_timezones: "the timezone page lists the zones but not the order of the array the function returns",
};
