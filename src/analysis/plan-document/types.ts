/** The continuity plan document as a structured value (build.ts makes it, markdown.ts writes it). */
import type { Spof } from '../bia/types.ts';
import type { Fit } from '../variants/plan-fit.ts';
import type { DependencyDiagram } from './diagram.ts';
import type { RecoveryRun } from './recovery-run.ts';
import type { ReviewStatus } from './review.ts';

/** One row of the business impact over time: a BIA disruption at the service's worst moment. */
export interface ImpactRow {
  readonly disruption: string;
  readonly label: string;
  /** Most-likely plan durations, as the BIA view's table. */
  readonly timeToRestoreMinutes: number | null;
  readonly downMinutes: number;
  /** The BIA's words for the RTO verdict (`met`, `exceeded by 1 h 35 min`...). */
  readonly rto: string;
  readonly mtpdBreached: boolean;
  readonly cost: number;
  readonly h1: number;
  readonly h4: number;
  readonly h24: number;
  readonly h72: number;
}

export interface ServiceSection {
  readonly id: string;
  readonly name: string;
  readonly priority: number | null;
  /** Agreed hours in words, `Mon–Fri 09:00–16:00; Sat–Sun closed`. */
  readonly agreedHours: string;
  /** Days off and short days in the horizon (holidays and the file's exceptions). */
  readonly holidays: readonly {
    readonly date: string;
    readonly hours: string;
    readonly note: string;
  }[];
  readonly objectives: {
    readonly availability: number;
    readonly rtoMinutes: number;
    readonly rpoMinutes: number;
    readonly mtpdMinutes: number;
    /** In words: `50% of the demand`. */
    readonly mbco: string;
  };
  readonly currency: string;
  /** Where the BIA placed the disruptions: the worst moment, local `YYYY-MM-DDTHH:MM`. */
  readonly peak: string;
  /** The costliest disruptions first (the BIA's ranking). */
  readonly impact: readonly ImpactRow[];
  /** How many disruptions the BIA analysed for the service (the table may show fewer). */
  readonly disruptionsAnalysed: number;
  readonly spofs: readonly (Spof & { readonly text: string })[];
  readonly diagram: DependencyDiagram;
  readonly invocation: {
    readonly criteria: string;
    /** The deciding team's name (or the id as written); null = not said. */
    readonly decidedBy: string | null;
    readonly assessmentMinutes: number | null;
  } | null;
  /** Ids of the plans that restore its components. */
  readonly plans: readonly string[];
}

export interface TeamEntry {
  readonly id: string;
  readonly name: string;
  /** People who can work at once; null = unlimited (an undeclared owner). */
  readonly size: number | null;
  /** `always (24x7)` or the week's windows. */
  readonly hours: string;
  /** `none` or the call-out delay as the file writes it (`30m-1h`). */
  readonly callOut: string;
  readonly contacts: readonly {
    readonly role: string;
    readonly name: string;
    readonly reach: string | null;
  }[];
  /** The escalation team's name; null = none. */
  readonly escalation: string | null;
  /** Plans whose steps it owns. */
  readonly plans: readonly string[];
  /** A step owner that names no declared team: an unlimited team, always at work. */
  readonly declared: boolean;
}

export interface ProcedureStep {
  /** 1, 2, 3... in the plan's order. */
  readonly number: number;
  readonly id: string;
  readonly name: string;
  /** The owner as a team name (or the owner string as written); null = not said. */
  readonly owner: string | null;
  /** As the file writes it: `10m-30m`, `20m`, `{ min: 2h, likely: 3h, max: 6h }`. */
  readonly duration: string;
  /** Numbers of the steps it waits for. */
  readonly after: readonly number[];
  readonly critical: boolean;
}

/** Whether a plan fits a service's RTO, from its simulated recovery at the service's peak. */
export interface PlanFitRun {
  readonly service: string;
  readonly serviceName: string;
  readonly component: string;
  readonly componentName: string;
  /** The failure's moment (the service's peak), local `YYYY-MM-DDTHH:MM`. */
  readonly at: string;
  readonly rtoMinutes: number;
  readonly likely: RecoveryRun;
  readonly high: RecoveryRun;
  readonly fit: Fit;
  /**
   * The same failure at night (from 02:00 on the peak's day, the first hour none of the plan's
   * teams with working hours is at work: bia/plan-runs.ts), steps and call-outs at their most
   * likely: what call-outs add. Null when the plan has no such team.
   */
  readonly night: { readonly at: string; readonly run: RecoveryRun } | null;
  /** The service's own outage when the component fails (the BIA's figures, most likely). */
  readonly serviceOutageMinutes: number | null;
  readonly serviceRto: string | null;
}

export interface PlanSection {
  readonly id: string;
  readonly name: string;
  readonly restores: readonly string[];
  readonly steps: readonly ProcedureStep[];
  /** The critical path with steps at their most likely durations (no waiting): the BIA's. */
  readonly summedMinutes: { readonly low: number; readonly likely: number; readonly high: number };
  readonly fits: readonly PlanFitRun[];
  readonly review: ReviewStatus | null;
}

export interface HistoryEntry {
  /** Local date-time `YYYY-MM-DDTHH:MM` of the browser that kept it. */
  readonly at: string;
  readonly note: string;
}

/** What the browser's library keeps about the scenario; absent on the command line. */
export interface PlanHistory {
  /** Exercises run, newest first (the library's exercise marks and after-action reports). */
  readonly exercises: readonly HistoryEntry[];
  /** Saved versions with their notes, newest first. */
  readonly versions: readonly HistoryEntry[];
  /** Local date `YYYY-MM-DD` of the last exercise; null = never. */
  readonly lastExercised: string | null;
  /**
   * Each recovery plan's last exercise (by plan id; null = never), where the library knows
   * which plans an exercise invoked; absent = `lastExercised` for every plan.
   */
  readonly plansLastExercised?: Readonly<Record<string, string | null>>;
}

export interface PlanDocument {
  readonly title: string;
  readonly scenario: string;
  readonly description: string;
  /** The document's date, `YYYY-MM-DD`: what review cycles are judged on. */
  readonly date: string;
  /** One service's id, or null for all. */
  readonly scope: string | null;
  readonly timeZone: string | null;
  readonly services: readonly ServiceSection[];
  readonly teams: readonly TeamEntry[];
  readonly plans: readonly PlanSection[];
  /** Null = not available here (the command line has no library). */
  readonly history: PlanHistory | null;
}
