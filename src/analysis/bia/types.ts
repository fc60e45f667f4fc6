/** The shapes of a business impact analysis (see `index.ts` for how they are computed). */
import type { ServiceState } from '../../core/trace.ts';

/** The low, most-likely and high end of every plan step's duration. */
export type Bound = 'low' | 'likely' | 'high';
export const BOUNDS: readonly Bound[] = ['low', 'likely', 'high'];

/** Where in the agreed hours a disruption is placed. */
export type PlacementKind = 'worst' | 'opening';
export const PLACEMENTS: readonly PlacementKind[] = ['worst', 'opening'];

export type DisruptionKind = 'single' | 'pair' | 'triple' | 'surge' | 'corruption';

export interface Disruption {
  /** Stable id: `fail:db-1`, `fail:app-1+app-2`, `surge:150`, `corrupt:db-1`. */
  readonly id: string;
  readonly kind: DisruptionKind;
  /** Plain words: "App server 1 and App server 2 fail". */
  readonly label: string;
  /** Components that fail (or are corrupted); empty for a surge. */
  readonly components: readonly string[];
  /** Demand factor of a surge (1.5 = 150 % of the demand at that moment); null otherwise. */
  readonly factor: number | null;
  /** Why it was enumerated. */
  readonly reason: string;
}

/** The moment a disruption is placed at, for one service. */
export interface Placement {
  readonly kind: PlacementKind;
  /** Simulated time (ms since the scenario start). */
  readonly t: number;
  /** Scenario-local `YYYY-MM-DDTHH:MM`. */
  readonly at: string;
  /** Demand at that moment, transactions per minute. */
  readonly demand: number;
}

/** Cost of the first 1, 4, 24 and 72 hours of agreed time after the disruption. */
export interface CostOverTime {
  readonly h1: number;
  readonly h4: number;
  readonly h24: number;
  readonly h72: number;
}

/** What one disruption does to one service at one placement with one plan-duration bound. */
export interface ImpactFigures {
  /** From the disruption until the service is no worse than it would have been; null = not within the window. */
  readonly timeToRestoreMinutes: number | null;
  /** Worst service state between the disruption and its restoration. */
  readonly worstState: ServiceState;
  /** Minutes down inside agreed hours caused by the disruption (beyond the undisrupted run). */
  readonly downMinutes: number;
  readonly degradedMinutes: number;
  readonly unservedTransactions: number;
  readonly cost: number;
  /** Elapsed length of the outage the disruption caused; null when the service never went down. */
  readonly outageMinutes: number | null;
  /** Null when there was no outage or it was still running, within the RTO, at the window's end. */
  readonly rtoMet: boolean | null;
  readonly rtoExceededByMinutes: number;
  readonly mtpdBreached: boolean;
  /** Worst-case data lost (over the backup cycle); null when no disrupted component holds data. */
  readonly dataLostMinutes: number | null;
  readonly rpoMet: boolean;
  readonly costAfter: CostOverTime;
}

export interface ServiceImpact {
  readonly service: string;
  readonly placement: PlacementKind;
  readonly at: string;
  /** Bounds not evaluated (pairs and triples run at the most-likely end only) are absent. */
  readonly bounds: Partial<Record<Bound, ImpactFigures>>;
}

export interface DisruptionResult extends Disruption {
  readonly impacts: readonly ServiceImpact[];
  /** Cost at the worst placement, most-likely durations, summed over services: the ranking key. */
  readonly rankCost: number;
}

export interface Spof {
  readonly service: string;
  readonly component: string;
  /** `in-series`: the topology needs it; `shared-dependency`: topology components depend on it; `below-mbco`: the service survives but under its MBCO. */
  readonly reason: 'in-series' | 'shared-dependency' | 'below-mbco';
  /** Capacity left without it (tpm) and the service's full capacity; null when unconstrained. */
  readonly capacityLeft: number | null;
  readonly fullCapacity: number | null;
  /** The demand at the service's normal peak (tpm), against which the MBCO is judged. */
  readonly peakDemand: number;
  /** Topology components it takes down with it (itself included when it is in the topology). */
  readonly takesDown: readonly string[];
}

export interface CriticalPath {
  readonly bound: Bound;
  readonly lengthMinutes: number;
  /** Step ids in order. */
  readonly steps: readonly string[];
  /** The step with the largest share of the critical path. */
  readonly dominant: {
    readonly step: string;
    readonly minutes: number;
    readonly share: number;
  } | null;
}

export interface PlanAnalysis {
  readonly plan: string;
  readonly name: string;
  /** Components it restores. */
  readonly restores: readonly string[];
  readonly paths: Readonly<Record<Bound, CriticalPath>>;
}

export interface ServicePlacements {
  readonly service: string;
  readonly worst: Placement;
  readonly opening: Placement;
}

export interface BiaResult {
  readonly scenario: string;
  readonly placements: readonly ServicePlacements[];
  /** Ranked by `rankCost`, highest first. */
  readonly disruptions: readonly DisruptionResult[];
  readonly spofs: readonly Spof[];
  readonly plans: readonly PlanAnalysis[];
  /** Simulations run (baselines included). */
  readonly runs: number;
}

export interface BiaOptions {
  /** Also enumerate triples (pruned like pairs). */
  readonly triples?: boolean;
  /** Surge factors; default 1.1, 1.5, 2. */
  readonly surges?: readonly number[];
  readonly onProgress?: (done: number, total: number) => void;
}
