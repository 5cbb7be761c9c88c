/**
 * The availability review on the 30-day demo (issue 9: a month of incidents + availability in a few
 * seconds at most). Baseline in the same run: the 30-day snapshot, which evaluates every signal over
 * the same data once. Measured: one calendar month (the one holding the real incident and the drill),
 * the whole review uncached (12 months + rolling window), and the review again through the per-period cache.
 */
import { loadConfigFile } from "../lib/config/load";
import { Workspace } from "../lib/dataset/workspace";
import { buildReview, monthSpec } from "../lib/review/assemble";
import { cachedPeriodLoader } from "../lib/review/cache";
import { monthWindow } from "../lib/review/months";
import { reviewPeriod } from "../lib/review/period";
import { simulate } from "../lib/simulator";
import { buildSnapshot } from "../lib/catalog/build";
import { EmbeddedSource } from "../lib/engine/embedded-source";

const MONTH_BUDGET_MS = 3000;
const RUNS = 3;
const ms = (t: number) => `${Math.round(t)} ms`;

async function best(f: () => Promise<unknown>, runs = RUNS): Promise<{ best: number; first: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return { best: Math.min(...times), first: times[0] };
}

export async function run(): Promise<void> {
  const config = loadConfigFile("config/demo.json");
  const to = new Date(Date.UTC(2026, 10, 22, 18));
  const from = new Date(to.getTime() - config.embedded.days * 86_400_000);
  const workspace = new Workspace();
  simulate({ config, scenarios: "demo", from, to, seed: config.embedded.seed, sink: workspace });
  const source = new EmbeddedSource(workspace, () => to);

  const baseline = await best(() => buildSnapshot({ config, source, range: { from, to } }));
  console.log(`baseline (30-day snapshot, every signal): best ${ms(baseline.best)} (first ${ms(baseline.first)})`);

  const spec = monthSpec(monthWindow("2026-11"));
  let incidents = 0;
  const month = await best(async () => {
    incidents = (await reviewPeriod({ config, source, spec, now: to })).incidents.length;
  });
  const verdict = month.best <= MONTH_BUDGET_MS ? "within" : "OVER";
  console.log(
    `one month (2026-11, ${incidents} incidents incl. survivor checks): best ${ms(month.best)} (first ${ms(month.first)}); ` +
      `${(month.best / baseline.best).toFixed(1)}x baseline; ${(month.best / MONTH_BUDGET_MS).toFixed(2)}x the 3 s budget (${verdict})`,
  );

  const whole = await best(() => buildReview({ config, source, month: "2026-10", now: to }), 1);
  console.log(`whole review uncached (12 months + rolling 30 days): ${ms(whole.best)}; ${(whole.best / baseline.best).toFixed(1)}x baseline`);

  const load = cachedPeriodLoader(config, source, to);
  await buildReview({ config, source, month: "2026-10", now: to, load });
  const cached = await best(() => buildReview({ config, source, month: "2026-10", now: to, load }));
  console.log(`whole review from the per-period cache: best ${ms(cached.best)}; ${(cached.best / baseline.best).toFixed(3)}x baseline`);
}
