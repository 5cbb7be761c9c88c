import { BIN_SECONDS, type Timeline } from "./model";

/** True per-bin counts over a range, in typed arrays (a 30-day range is ~260k bins). */
export class BinSeries {
  readonly first: number;
  readonly end: number;
  readonly total: Float64Array;
  readonly bad: Float64Array;
  readonly clientClosed: Float64Array;
  /** requests[o][i], bad[o][i], clientClosed[o][i] per origin. */
  readonly originRequests: Float64Array[];
  readonly originBad: Float64Array[];
  readonly originClientClosed: Float64Array[];

  constructor(
    readonly timeline: Timeline,
    fromSec: number,
    toSec: number,
  ) {
    this.first = Math.floor(fromSec / BIN_SECONDS);
    this.end = Math.ceil(toSec / BIN_SECONDS);
    const n = Math.max(0, this.end - this.first);
    this.total = new Float64Array(n);
    this.bad = new Float64Array(n);
    this.clientClosed = new Float64Array(n);
    const origins = timeline.origins.length;
    this.originRequests = Array.from({ length: origins }, () => new Float64Array(n));
    this.originBad = Array.from({ length: origins }, () => new Float64Array(n));
    this.originClientClosed = Array.from({ length: origins }, () => new Float64Array(n));
    for (let i = 0; i < n; i++) {
      const s = timeline.binState(this.first + i);
      this.total[i] = s.total;
      this.bad[i] = s.bad;
      this.clientClosed[i] = s.clientClosed;
      for (let o = 0; o < origins; o++) {
        this.originRequests[o][i] = s.origins[o].requests;
        this.originBad[o][i] = s.origins[o].bad;
        this.originClientClosed[o][i] = s.origins[o].clientClosed;
      }
    }
  }

  has(bin: number): boolean {
    return bin >= this.first && bin < this.end;
  }

  /** Edge error ratio: (5xx + status 0) / (requests − 499). */
  edgeRatio(bin: number): number {
    if (this.has(bin)) {
      const i = bin - this.first;
      const counted = this.total[i] - this.clientClosed[i];
      return counted > 0 ? this.bad[i] / counted : 0;
    }
    const s = this.timeline.binState(bin);
    const counted = s.total - s.clientClosed;
    return counted > 0 ? s.bad / counted : 0;
  }

  /** The origin's own error ratio, or null when it served no counted request in the bin. */
  originRatio(o: number, bin: number): number | null {
    let req: number;
    let bad: number;
    let cc: number;
    if (this.has(bin)) {
      const i = bin - this.first;
      req = this.originRequests[o][i];
      bad = this.originBad[o][i];
      cc = this.originClientClosed[o][i];
    } else {
      const s = this.timeline.binState(bin).origins[o];
      req = s.requests;
      bad = s.bad;
      cc = s.clientClosed;
    }
    return req - cc > 0 ? bad / (req - cc) : null;
  }

  /** The origin's share of edge requests. */
  originShare(o: number, bin: number): number {
    if (this.has(bin)) {
      const i = bin - this.first;
      return this.total[i] > 0 ? this.originRequests[o][i] / this.total[i] : 0;
    }
    const s = this.timeline.binState(bin);
    return s.total > 0 ? s.origins[o].requests / s.total : 0;
  }

  /** Sums over bins [fromBin, toBin) clipped to the series. */
  sums(fromBin: number, toBin: number): { total: number; bad: number; clientClosed: number } {
    let total = 0;
    let bad = 0;
    let clientClosed = 0;
    for (let b = Math.max(fromBin, this.first); b < Math.min(toBin, this.end); b++) {
      const i = b - this.first;
      total += this.total[i];
      bad += this.bad[i];
      clientClosed += this.clientClosed[i];
    }
    return { total, bad, clientClosed };
  }
}
