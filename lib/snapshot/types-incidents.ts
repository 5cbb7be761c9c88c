/** The snapshot's incidents and drills: measured RTO/RPO against the budgets, survivors, per-region analytics. */
import type { Status } from "./status";

export interface IncidentSnapshot {
  region: string;
  kind: "real" | "drill";
  start: string;
  evictedAt: string | null;
  /** null while the incident is still open. */
  recoveredAt: string | null;
  /** Measured RTO, recoveredAt − start (SIGNALS 3.4); null while open: an RTO is only known once it ends. */
  rtoSeconds: number | null;
  /** The RTO clock: recoveredAt − start, or asOf − start while open (what the running clocks show). */
  elapsedSeconds: number;
  errorWindowSeconds: number;
  rpoSeconds: number | null;
  rpoTiers: { tier: string; source: string; target: string; lagSeconds: number | null; budgetSeconds: number; status: Status }[];
  rtoBudgetSeconds: number;
  /** The RTO part of the status: breach once the clock passes the budget; an open incident warns until then. */
  rtoStatus: Status;
  /** The RPO part: breach when any tier's lag at the start exceeded its budget; no-data without samples. */
  rpoStatus: Status;
  /** How the regions that stayed up carried the load (SIGNALS 3.4). */
  survivor: IncidentSurvivor;
  /** Worst of RTO, RPO and survivor. */
  status: Status;
  /** One plain sentence per non-ok part of the status; every screen shows these words. */
  reasons: string[];
  /** When we knew: the earlier of the flip to unhealthy and the first page-severity burn-rate alert (null: not measured). */
  detectedAt?: string | null;
  detectedBy?: "flip" | "burn-alert" | null;
  /** detectedAt − start. */
  timeToDetectSeconds?: number | null;
  /** The origin's flip back to healthy (Front Door re-admits it). */
  readmittedAt?: string | null;
  /** First bin from which its traffic share stays within 10 % of the pre-incident share for 60 s. */
  failbackAt?: string | null;
  /** failbackAt − readmittedAt; null while not failed back. */
  failbackSeconds?: number | null;
}

/** With a region filter: what the incident list leaves out (lib/signals/incidents/filter-note.ts). */
export interface IncidentsFilterNote {
  region: string;
  /** Incidents and drills of every region in the range (the list shows this region's). */
  total: number;
  /** What an empty list says: no incident in this region, not "no incident". */
  empty: string;
  /** The incidents of other regions left out, an open one first; null when none. */
  hidden: string | null;
  /** The headline status of the open incidents left out; null when none is open. */
  hiddenStatus: Status | null;
}

/** Per region over the range: mean time between real incidents and how long since recovery was last tested. */
export interface RegionAnalytics {
  region: string;
  /** Real incidents (drills left out) that started in the range. */
  realIncidents: number;
  /** Range length ÷ real incidents; null with none. */
  mtbiSeconds: number | null;
  /** End of the region's last drill (failover_drill end marker); null when none in the look-back. */
  lastDrillAt: string | null;
  /** (asOf − lastDrillAt) in days; null without a drill. */
  lastTestedDays: number | null;
  /** False when drill markers cannot be seen (no AppEvents table, or their query failed): no drill is not "never tested". */
  drillsObservable: boolean;
  /** warn past budgets.drillMaxAgeDays, or without any drill in the look-back; no-data when drills are not observable. */
  testedStatus: Status;
  reason: string | null;
}

export interface IncidentAnalytics {
  drillMaxAgeDays: number;
  regions: RegionAnalytics[];
}

/** The surviving regions from start to recoveredAt + 10 min (or asOf while open). */
export interface IncidentSurvivor {
  /** Highest per-minute util (max of CPU and RU %) of any survivor; null without samples. */
  peakPercent: number | null;
  /** The survivor that peaked. */
  region: string | null;
  /** 429s of the survivors in the window; null without Cosmos samples. */
  throttled429: number | null;
  /** peak > 100 % or 429s in 3 consecutive minutes; null without samples. */
  ranOut: boolean | null;
  /**
   * The other regions whose origin Front Door's probes failed too in the window: they did not stay up,
   * so they are not survivors. Present only when some did; with none left the survivor part breaches.
   */
  downToo?: string[];
  /**
   * The regions that stayed up and shared the load, when more than one did (three or more regions):
   * `throttled429` is theirs together, and the words say so instead of pinning it on `region`.
   */
  carriedBy?: string[];
  /**
   * True while the survivor window (start to recoveredAt + 10 min, SIGNALS 3.4) is still open at asOf:
   * the verdict so far, which can still turn ("holding so far"); once closed the pages say "held in the
   * 10 min after recovery". Absent on incidents from before this field.
   */
  stillCarrying?: boolean;
  status: Status;
}
