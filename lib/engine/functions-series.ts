/**
 * series_* functions over dynamic numeric arrays (make-series output), per their reference pages:
 * fill_forward/backward/const/linear keep the elements' type (linear over int/long arrays truncates,
 * as the series_fill_linear page's int example shows: 73.5 → 73; number-kinds.ts); element-wise arithmetic and
 * comparisons yield null for a non-numeric or missing element; series_stats_dynamic uses the sample
 * variance.
 */
import type { Value } from "../dataset/columns";
import type { FnImpl } from "./functions";
import { KqlUnsupportedError } from "./errors";
import { noteNumberKind, numberKindOf } from "./number-kinds";
import { unsupported } from "./syntax";
import { toBool, toNumber, type Getter } from "./value-ops";

const arrayOf = (v: Value): Value[] | null => (Array.isArray(v) ? (v as Value[]) : null);

/** A missing element: null, or the placeholder the caller names (null placeholder = null elements). */
function missingTest(g: Getter | undefined): (i: number) => (v: Value) => boolean {
  if (!g) return () => (v) => v === null;
  return (i) => {
    const p = g(i);
    return p === null ? (v) => v === null : (v) => v === p || (typeof v === "number" && toNumber(p) === v);
  };
}

function fillDirection(backward: boolean): FnImpl {
  return ({ g: [a, ph] }) => {
    const missing = missingTest(ph);
    return (i) => {
      const arr = arrayOf(a(i));
      if (!arr) return null;
      const isMissing = missing(i);
      const out = [...arr];
      let last: Value = null;
      let have = false;
      for (let k = 0; k < out.length; k++) {
        const idx = backward ? out.length - 1 - k : k;
        if (isMissing(out[idx])) {
          if (have) out[idx] = last;
        } else {
          last = out[idx];
          have = true;
        }
      }
      return out;
    };
  };
}

const fillConst: FnImpl = ({ g: [a, c, ph], call }) => {
  // The analyzer accepts series_fill_const(series) too, but the page makes constant_value required and
  // names no default for it: refused rather than guessed.
  if (!c) return unsupported(call, "series_fill_const() without constant_value (its page makes it required and gives no default)");
  const missing = missingTest(ph);
  return (i) => {
    const arr = arrayOf(a(i));
    if (!arr) return null;
    const isMissing = missing(i);
    const value = c(i);
    return arr.map((v) => (isMissing(v) ? value : v));
  };
};

const fillLinear: FnImpl = ({ g: [a, ph, edges, constant], call }) => {
  const missing = missingTest(ph);
  return (i) => {
    const arr = arrayOf(a(i));
    if (!arr) return null;
    const isMissing = missing(i);
    const fillEdges = edges ? toBool(edges(i)) !== false : true;
    const present = arr.map((v, k) => (isMissing(v) || typeof v !== "number" ? -1 : k)).filter((k) => k >= 0);
    if (present.length === 0) {
      const c = constant ? constant(i) : 0;
      return arr.map(() => c);
    }
    // Kusto truncates for int/long arrays only (the page's 73.5 → 73, 32.667 → 32; toward zero, as a
    // conversion to long does); an array of unknown element type is refused where it would matter.
    const kind = numberKindOf(arr);
    const integral = present.every((k) => Number.isInteger(arr[k]));
    const out = [...arr];
    for (let p = 0; p + 1 < present.length; p++) {
      const [x0, x1] = [present[p], present[p + 1]];
      const [y0, y1] = [arr[x0] as number, arr[x1] as number];
      for (let k = x0 + 1; k < x1; k++) {
        const y = y0 + ((y1 - y0) * (k - x0)) / (x1 - x0);
        if (!integral || Number.isInteger(y) || kind === "real") out[k] = y;
        else if (kind === "long") out[k] = Math.trunc(y);
        else {
          throw new KqlUnsupportedError(
            "series_fill_linear() over an array of whole numbers whose interpolation is fractional",
            call.pos,
            "Kusto truncates for int/long arrays but not for real ones, and only an array written as a dynamic literal keeps 36 and 36.0 apart here",
          );
        }
      }
    }
    if (fillEdges) {
      for (let k = 0; k < present[0]; k++) out[k] = arr[present[0]];
      for (let k = present[present.length - 1] + 1; k < out.length; k++) out[k] = arr[present[present.length - 1]];
    }
    return noteNumberKind(out, kind);
  };
};

function elementwise(op: (x: number, y: number) => Value): FnImpl {
  return ({ g: [a, b] }) =>
    (i) => {
      const x = a(i);
      const y = b(i);
      const xs = arrayOf(x);
      const ys = arrayOf(y);
      if (!xs && !ys) return null;
      const n = Math.max(xs?.length ?? 0, ys?.length ?? 0);
      const out: Value[] = new Array(n);
      for (let k = 0; k < n; k++) {
        const p = xs ? xs[k] : x;
        const q = ys ? ys[k] : y;
        out[k] = typeof p === "number" && typeof q === "number" ? op(p, q) : null;
      }
      return out;
    };
}

function unary(op: (x: number) => Value): FnImpl {
  return ({ g: [a] }) =>
    (i) => {
      const xs = arrayOf(a(i));
      return xs ? xs.map((x) => (typeof x === "number" ? op(x) : null)) : null;
    };
}

/** The statistics of series_stats_dynamic, null when a non-finite element is present and not ignored. */
export function seriesStats(arr: Value[] | null, ignoreNonFinite: boolean): Record<string, Value> | null {
  if (!arr) return null;
  const finite = arr.every((v) => typeof v === "number" && Number.isFinite(v));
  const nulls = { min: null, min_idx: null, max: null, max_idx: null, avg: null, variance: null, stdev: null, sum: null, len: arr.length };
  if (!finite && !ignoreNonFinite) return nulls;
  let min = Infinity;
  let max = -Infinity;
  let minIdx = -1;
  let maxIdx = -1;
  let sum = 0;
  let n = 0;
  arr.forEach((v, k) => {
    if (typeof v !== "number" || !Number.isFinite(v)) return;
    if (v < min) [min, minIdx] = [v, k];
    if (v > max) [max, maxIdx] = [v, k];
    sum += v;
    n++;
  });
  if (n === 0) return nulls;
  const avg = sum / n;
  let sq = 0;
  for (const v of arr) if (typeof v === "number" && Number.isFinite(v)) sq += (v - avg) ** 2;
  const variance = n > 1 ? sq / (n - 1) : 0;
  return { min, min_idx: minIdx, max, max_idx: maxIdx, avg, stdev: Math.sqrt(variance), variance, sum, len: arr.length };
}

export const SERIES_FUNCTIONS: Record<string, FnImpl> = {
  series_fill_forward: fillDirection(false),
  series_fill_backward: fillDirection(true),
  series_fill_const: fillConst,
  series_fill_linear: fillLinear,
  series_add: elementwise((x, y) => x + y),
  series_subtract: elementwise((x, y) => x - y),
  series_multiply: elementwise((x, y) => x * y),
  series_divide: elementwise((x, y) => x / y),
  series_greater: elementwise((x, y) => x > y),
  series_greater_equals: elementwise((x, y) => x >= y),
  series_less: elementwise((x, y) => x < y),
  series_less_equals: elementwise((x, y) => x <= y),
  series_equals: elementwise((x, y) => x === y),
  series_not_equals: elementwise((x, y) => x !== y),
  series_abs: unary(Math.abs),
  series_sign: unary(Math.sign),
  series_stats_dynamic: ({ g: [a, ign] }) => (i) => seriesStats(arrayOf(a(i)), ign ? toBool(ign(i)) === true : false),
  series_stats: ({ call }) => unsupported(call, "series_stats() outside `extend`/`project` of its own (use series_stats_dynamic())"),
  // Two arrays each (functions-series-fft.ts): evaluated as a whole extend/project/print item or tuple assignment.
  series_fft: ({ call }) => unsupported(call, "series_fft() outside a tuple assignment or `extend`/`project` item of its own"),
  series_ifft: ({ call }) => unsupported(call, "series_ifft() outside a tuple assignment or `extend`/`project` item of its own"),
};
