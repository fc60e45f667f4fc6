/** The shapes of a business impact analysis (see `index.ts` for how they are computed). */
import type { Inject } from '../../core/model.ts';
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
  /** Components that fail (or are corrupted: the first, then its replicas); empty for a surge. */
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
  /**
   * Minutes down inside agreed hours caused by the disruption (beyond the undisrupted run).
   * This and the other differences below may be negative: a disruption can shift what would
   * have happened anyway (an overloaded server restarted fails later).
   */
  readonly downMinutes: number;
  readonly degradedMinutes: number;
  readonly unservedTransactions: number;
  /** What the disruption costs: downtime and unserved transactions in agreed hours, and data lost. */
  readonly cost: number;
  /** The part of `cost` that prices the data lost (impact.costPerHourOfDataLost). */
  readonly dataLossCost: number;
  /** Elapsed length of the outage the disruption caused; null when the service never went down. */
  readonly outageMinutes: number | null;
  /**
   * The metrics' verdict on the disruption's outage, in business terms: false when the service
   * was still down after its start + RTO at a moment it was needed (in agreed hours). Null when
   * there was no outage or it was still running, within the RTO, at the window's end.
   */
  readonly rtoMet: boolean | null;
  /** Restored later than the outage's start + RTO, in agreed hours or not (with `rtoMet` true: no business impact). */
  readonly planSlowerThanRto: boolean;
  /** Elapsed minutes past the RTO (0 when restored within it). */
  readonly rtoExceededByMinutes: number;
  /** In business terms, as `rtoMet`. */
  readonly mtpdBreached: boolean;
  /** Worst-case data lost (over the backup cycle); null when no disrupted component holds data. */
  readonly dataLostMinutes: number | null;
  /** Data lost in this run, at this moment of the backup cycle; null when nothing was lost. */
  readonly dataLostInRunMinutes: number | null;
  readonly rpoMet: boolean;
  readonly costAfter: CostOverTime;
  /**
   * What each recovery plan the disruption started did (its critical path with the waits for
   * its teams); only in scenarios that declare teams, so older results stay as they were.
   */
  readonly recovery?: readonly RecoveryFigures[];
}

/** A part of a plan's realised critical path: a step's work, or its wait for its team. */
export interface PathPart {
  readonly kind: 'work' | 'call-out' | 'waiting';
  readonly step: string;
  /** The team waited for; null for work. */
  readonly team: string | null;
  readonly minutes: number;
}

/** A team's call-out during the plan: when it was called and when it was at work (local). */
export interface CallOutFigures {
  readonly team: string;
  /** Scenario-local `YYYY-MM-DDTHH:MM:SS`. */
  readonly calledAt: string;
  readonly arrivesAt: string;
}

/** One recovery plan in a simulated disruption, as it ran with its teams. */
export interface RecoveryFigures {
  readonly plan: string;
  readonly component: string;
  /** Minutes from the disruption to the plan's start (detection). */
  readonly startMinutes: number;
  /** Minutes from the plan's start to its last step's end; null when it did not finish in the run. */
  readonly lengthMinutes: number | null;
  /** Its critical path, first to last. */
  readonly path: readonly PathPart[];
  /** The longest part of the path, with its share of the plan's length. */
  readonly dominant: (PathPart & { readonly share: number }) | null;
  /** Minutes its steps waited for each team: for the call-out, and for a free person. */
  readonly waits: readonly {
    readonly team: string;
    readonly callOutMinutes: number;
    readonly personMinutes: number;
  }[];
  /** The call-outs its steps waited for, in order. */
  readonly callOuts: readonly CallOutFigures[];
}

export interface ServiceImpact {
  readonly service: string;
  readonly placement: PlacementKind;
  readonly at: string;
  /** The disruption's injects at that moment (simulated time): what its replay runs. */
  readonly injects: readonly Inject[];
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
  /** With every step at one end of its duration, each started the moment it is ready. */
  readonly paths: Readonly<Record<Bound, CriticalPath>>;
  /**
   * In scenarios that declare teams: the plan as simulated (most-likely durations and
   * call-outs) when its first component fails alone, at the service's worst moment in agreed
   * hours and at night (outside its teams' hours), with the waits for its teams.
   */
  readonly withTeams?: readonly PlanRunFigures[];
}

/** A plan as simulated for one failure at one moment. */
export interface PlanRunFigures {
  /** `worst`: the service's worst moment in agreed hours; `night`: outside the plan's teams' hours. */
  readonly when: 'worst' | 'night';
  readonly service: string;
  /** Scenario-local `YYYY-MM-DDTHH:MM`. */
  readonly at: string;
  /** Simulated time of the failure (its replay). */
  readonly t: number;
  /** The failure's injects (its replay under the BIA's conditions, most likely). */
  readonly injects: readonly Inject[];
  readonly figures: ImpactFigures;
  readonly recovery: RecoveryFigures;
}

/** The undisrupted run at a placement (most-likely step durations): what the business suffers anyway. */
export interface Undisrupted {
  readonly state: ServiceState;
  /** Service capacity then (tpm); null when unconstrained. */
  readonly capacity: number | null;
  /** Demand then (tpm). */
  readonly demand: number;
  /** Components that fail under sustained overload from then on (within the run), and when. */
  readonly overloadFailures: readonly { readonly component: string; readonly at: string }[];
}

/** Where disruptions of a service are placed (from the calendar and demand alone). */
export interface PlacementTimes {
  readonly service: string;
  readonly worst: Placement;
  readonly opening: Placement;
}

export interface ServicePlacements extends PlacementTimes {
  /** The undisrupted run at each placement. */
  readonly undisrupted: Readonly<Record<PlacementKind, Undisrupted>>;
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
  /** One per service, when asked for (`BiaOptions.heatmap`). */
  readonly heatmaps?: readonly ServiceHeatmap[];
}

/** One disruption placed at one hour of the heatmap's day, most-likely step durations. */
export interface HeatmapCell {
  /** Hour of the day it starts, 0-23. */
  readonly hour: number;
  /** Scenario-local `YYYY-MM-DDTHH:MM`. */
  readonly at: string;
  /** Simulated time. */
  readonly t: number;
  /** Its injects (simulated time): its replay. */
  readonly injects: readonly Inject[];
  readonly figures: ImpactFigures;
}

export interface HeatmapRow {
  readonly disruption: string;
  readonly label: string;
  /** 24 cells, one per hour; null for an hour outside the scenario's horizon. */
  readonly cells: readonly (HeatmapCell | null)[];
}

export interface ServiceHeatmap {
  readonly service: string;
  /** Local date of the worst placement, `YYYY-MM-DD`: the day the cells are placed on. */
  readonly day: string;
  readonly bound: Bound;
  readonly rows: readonly HeatmapRow[];
}

export interface BiaOptions {
  /** Also enumerate triples (pruned like pairs). */
  readonly triples?: boolean;
  /** Surge factors; default 1.1, 1.5, 2. */
  readonly surges?: readonly number[];
  /** Also make each service's heatmap, of at most `rows` disruptions. */
  readonly heatmap?: { readonly rows: number };
  readonly onProgress?: (done: number, total: number) => void;
}
