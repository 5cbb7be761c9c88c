/**
 * series_fft / series_ifft (their pages): the discrete Fourier transform of a complex series given as
 * a real and an optional imaginary array, as two arrays. The pages name the transform and link
 * Wikipedia's Fast Fourier transform article, whose DFT is X_k = Σ x_n e^(−2πi kn/N) with no factor and
 * whose inverse carries 1/N; the fft page's chart agrees on the sign (a sine of period 8 over 128
 * points puts a negative imaginary peak at bin 16), and the ifft page's round trip gives the original
 * back. Powers of two go through a radix-2 FFT, other lengths through the direct sum (quadratic, so
 * capped). An element that is not a number, or arrays of different lengths, have no documented
 * answer and are refused when met.
 */
import type { Value } from "../dataset/columns";
import { KqlUnsupportedError } from "./errors";
import type { FnArgs } from "./functions";

/** The longest series the direct (quadratic) sum transforms; powers of two are not capped. */
const DIRECT_MAX = 8192;

function numbersOf(v: Value, pos: number, fn: string): number[] | null {
  if (v === null || v === undefined) return null;
  if (!Array.isArray(v)) return null;
  if (!v.every((x) => typeof x === "number")) throw new KqlUnsupportedError(`${fn}() of a series holding an element that is not a number`, pos, "its answer there is not documented");
  return v as number[];
}

/**
 * cos and sin of sign·2π·k/n, exact where the angle is a multiple of π/2 (Math.cos(π/2) is 6e-17, which
 * would print [1, 2, 3, 4]'s transform as −1.9999999999999998 rather than −2).
 */
function twiddle(k: number, n: number, sign: 1 | -1): [number, number] {
  if ((4 * k) % n === 0) {
    const quarter = ((4 * k) / n) % 4;
    return [[1, 0, -1, 0][quarter], sign * [0, 1, 0, -1][quarter]];
  }
  const angle = (sign * 2 * Math.PI * k) / n;
  return [Math.cos(angle), Math.sin(angle)];
}

function radix2(re: number[], im: number[], sign: 1 | -1): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j], re[i]];
      [im[i], im[j]] = [im[j], im[i]];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const half = len >> 1;
    for (let k = 0; k < half; k++) {
      // Each twiddle from its own angle (not by repeated multiplication) keeps the error at a few ulps.
      const [wr, wi] = twiddle(k, len, sign);
      for (let s = 0; s < n; s += len) {
        const a = s + k;
        const b = a + half;
        const tr = re[b] * wr - im[b] * wi;
        const ti = re[b] * wi + im[b] * wr;
        re[b] = re[a] - tr;
        im[b] = im[a] - ti;
        re[a] += tr;
        im[a] += ti;
      }
    }
  }
}

function direct(re: number[], im: number[], sign: 1 | -1): [number[], number[]] {
  const n = re.length;
  const outRe = new Array<number>(n).fill(0);
  const outIm = new Array<number>(n).fill(0);
  for (let k = 0; k < n; k++) {
    let sr = 0;
    let si = 0;
    for (let t = 0; t < n; t++) {
      // (k·t) mod n keeps the angle in [0, 2π): no precision lost to large arguments.
      const [c, s] = twiddle((k * t) % n, n, sign);
      sr += re[t] * c - im[t] * s;
      si += re[t] * s + im[t] * c;
    }
    outRe[k] = sr;
    outIm[k] = si;
  }
  return [outRe, outIm];
}

export function dft(realPart: number[], imagPart: number[] | null, inverse: boolean, pos: number, fn: string): [number[], number[]] {
  const n = realPart.length;
  if (imagPart && imagPart.length !== n) throw new KqlUnsupportedError(`${fn}() of a real and an imaginary series of different lengths`, pos, "its answer there is not documented");
  const sign = inverse ? 1 : -1;
  let re = [...realPart];
  let im = imagPart ? [...imagPart] : new Array<number>(n).fill(0);
  if (n > 0 && (n & (n - 1)) === 0) radix2(re, im, sign);
  else if (n <= DIRECT_MAX) [re, im] = direct(re, im, sign);
  else throw new KqlUnsupportedError(`${fn}() of a series of ${n} points, more than ${DIRECT_MAX} and not a power of two`, pos, "the embedded engine's direct transform is quadratic");
  if (inverse && n > 0) {
    re = re.map((x) => x / n);
    im = im.map((x) => x / n);
  }
  return [re, im];
}

/** series_fft / series_ifft as a multi-column function's rows: [real array, imaginary array]. */
export function seriesTransform(inverse: boolean) {
  const fn = inverse ? "series_ifft" : "series_fft";
  return ({ g: [real, ...imaginary], call }: FnArgs) =>
    (i: number): Value[] | null => {
      const re = numbersOf(real(i), call.pos, fn);
      if (!re) return null;
      const im = imaginary.length > 0 ? numbersOf(imaginary[0](i), call.pos, fn) : null;
      if (imaginary.length > 0 && !im) return null;
      return dft(re, im, inverse, call.pos, fn) as unknown as Value[];
    };
}
