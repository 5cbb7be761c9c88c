/**
 * beta_cdf / beta_pdf / beta_inv (their pages): the standard beta distribution on [0, 1]; welch_test,
 * whose Student t tail is an incomplete beta.
 */
import { KqlUnsupportedError } from "./errors";
import type { FnImpl } from "./functions";
import { logGamma } from "./functions-series-math";
import { toNumber, type Getter } from "./value-ops";

const logBeta = (a: number, b: number) => logGamma(a) + logGamma(b) - logGamma(a + b);

/** Continued fraction of the incomplete beta (modified Lentz), converging for x < (a + 1) / (a + b + 2). */
function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    c = 1 + aa / c;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = Math.abs(c) < tiny ? tiny : c;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    c = 1 + aa / c;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = Math.abs(c) < tiny ? tiny : c;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return h;
}

/** The regularized incomplete beta I_x(a, b). */
export function betaCdf(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log(1 - x) - logBeta(a, b));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(x, a, b)) / a : 1 - (front * betaFraction(1 - x, b, a)) / b;
}

export function betaPdf(x: number, a: number, b: number): number {
  if (x < 0 || x > 1) return 0;
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log(1 - x) - logBeta(a, b));
}

/** The x in [0, 1] with betaCdf(x) = p, by bisection to the last bit (the cdf is monotone). */
function betaInv(p: number, a: number, b: number): number {
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < 200 && hi - lo > 0; k++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (betaCdf(mid, a, b) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

// The pages: any non-numeric argument gives null; a parameter outside (0, 10000] or x outside [0, 1] gives NaN.
const badShape = (a: number, b: number) => a <= 0 || a > 10000 || b <= 0 || b > 10000;

function three(f: (x: number, a: number, b: number) => number | null): FnImpl {
  return ({ g }: { g: Getter[] }) =>
    (i) => {
      const [x, a, b] = g.map((get) => toNumber(get(i)));
      return x === null || a === null || b === null ? null : f(x, a, b);
    };
}

export const BETA_FUNCTIONS: Record<string, FnImpl> = {
  beta_cdf: three((x, a, b) => (x < 0 || x > 1 || badShape(a, b) ? NaN : betaCdf(x, a, b))),
  beta_pdf: three((x, a, b) => (x < 0 || x > 1 || badShape(a, b) ? NaN : betaPdf(x, a, b))),
  // The page's notes and its example disagree (notes: alpha ≤ 0 gives null, p > 1 NaN); we follow the
  // example, which is Kusto's output: p outside (0, 1] gives null, a bad alpha or beta NaN.
  beta_inv: three((p, a, b) => (p <= 0 || p > 1 ? null : badShape(a, b) ? NaN : betaInv(p, a, b))),
  welch_test: ({ g, call }) => (i) => {
    const v = g.map((get) => toNumber(get(i)));
    if (v.some((x) => x === null)) return null;
    return welchTest(v as number[], call.pos);
  },
};

/**
 * The welch_test page defers to Wikipedia's Welch's t-test, whose example (the page's too) has the
 * two-sided p = 0.021: t = (m1 − m2) / √(v1/n1 + v2/n2) with the Welch–Satterthwaite degrees of
 * freedom ν, and P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, 1/2). A sample of fewer than two values or two
 * samples without variance leave t or ν undefined; what Kusto answers then is not documented, so it
 * is refused rather than guessed.
 */
function welchTest([m1, v1, n1, m2, v2, n2]: number[], pos: number): number {
  const s1 = v1 / n1;
  const s2 = v2 / n2;
  if (n1 < 2 || n2 < 2 || v1 < 0 || v2 < 0 || !(s1 + s2 > 0)) {
    throw new KqlUnsupportedError("welch_test() of a sample with fewer than two values, a negative variance or no variance at all", pos, "Kusto's answer there is not documented");
  }
  const t = (m1 - m2) / Math.sqrt(s1 + s2);
  const nu = (s1 + s2) ** 2 / (s1 ** 2 / (n1 - 1) + s2 ** 2 / (n2 - 1));
  return betaCdf(nu / (nu + t * t), nu / 2, 0.5);
}
