import type { Emit, GenContext } from "./context";
import { appBase } from "./rows-app";
import { PATHS } from "./format";
import { BIN_SECONDS } from "./model";
import { rngFor, streamId } from "./rng";

const S_REQUEST = streamId("app-request");
/** One slice per minute: AppRequests keeps the same rate dense or sparse, so it needs no thinning. */
const SLICE_SECONDS = 60;
const COUNTRIES = ["United Kingdom", "United Kingdom", "Netherlands", "Germany", "France", "Ireland", "United States"];

/** Application Insights' request duration buckets. */
function performanceBucket(ms: number): string {
  if (ms < 250) return "<250ms";
  if (ms < 500) return "250ms-500ms";
  if (ms < 1000) return "500ms-1sec";
  if (ms < 3000) return "1sec-3sec";
  if (ms < 7000) return "3sec-7sec";
  if (ms < 15000) return "7sec-15sec";
  return "15sec-30sec";
}

/**
 * AppRequests: the requests each origin's app served, as Application Insights records them under
 * sampling. Per origin per minute, one successful and (if any failed) one failed request item;
 * ItemCount is how many requests the item stands for, so sum(ItemCount) is the true count the
 * model served (Front Door's timed-out requests never reached the app and are not counted; client
 * disconnects completed on the app). Each item's own columns (DurationMs, ResultCode, Url) are
 * those of one plausible request.
 */
export function requestRows(ctx: GenContext, a: number, b: number, emit: Emit): void {
  const { timeline } = ctx;
  const sliceMs = SLICE_SECONDS * 1000;
  for (let s = Math.floor(a / sliceMs); s * sliceMs < b; s++) {
    const served = timeline.origins.map(() => ({ ok: 0, failed: 0 }));
    for (let bin = (s * SLICE_SECONDS) / BIN_SECONDS; bin < ((s + 1) * SLICE_SECONDS) / BIN_SECONDS; bin++) {
      ctx.bin(bin).origins.forEach((ob, o) => {
        served[o].ok += ob.requests - ob.bad;
        served[o].failed += ob.bad - ob.timeouts;
      });
    }
    timeline.origins.forEach((origin, o) => {
      const rng = rngFor(ctx.seed, S_REQUEST, o, s);
      for (const [count, failed] of [[Math.round(served[o].ok), false], [Math.round(served[o].failed), true]] as const) {
        if (count <= 0) continue;
        const ts = s * sliceMs + rng.int(sliceMs);
        const path = rng.pick(PATHS);
        const method = path === "/health" || path.endsWith("search") ? "GET" : "POST";
        const duration = Math.round((failed ? rng.range(3, 30) : rng.range(35, 320)) * 100) / 100;
        const row = appBase(ctx, ts, origin.regionIndex, "AppRequests", rng);
        row.Id = rng.hex(16);
        row.OperationId = rng.hex(32);
        row.Name = `${method} ${path}`;
        row.OperationName = row.Name;
        row.Url = `https://${origin.host}${path}`;
        row.Success = !failed;
        row.ResultCode = failed ? (rng.next() < 0.8 ? "503" : "500") : method === "POST" ? "201" : "200";
        row.DurationMs = duration;
        row.PerformanceBucket = performanceBucket(duration);
        row.ItemCount = count;
        row.ClientType = "PC";
        row.ClientCountryOrRegion = rng.pick(COUNTRIES);
        row.UserId = `u${rng.int(20000).toString(36)}`;
        row.Source = "";
        if (ts >= a && ts < b) emit("AppRequests", ts, row);
      }
    });
  }
}
