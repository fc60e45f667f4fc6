/** Advisor findings and the scenario edits they suggest. */
import type { Duration } from '../../core/time.ts';
import type { DayWindow, DurationDistribution, Inject } from '../../core/model.ts';
import type { Bound, PlacementKind } from '../bia/types.ts';
import type { Evidence } from './evidence-labels.ts';

export type Severity = 'critical' | 'warning' | 'info';

/** A small, typed change to a scenario, applied with `applyEdit` to make a variant in one action. */
export type ScenarioEdit =
  | {
      readonly kind: 'set-step-duration';
      readonly plan: string;
      readonly step: string;
      readonly duration: DurationDistribution;
    }
  | {
      readonly kind: 'set-step-owner';
      readonly plan: string;
      readonly step: string;
      readonly owner: string;
    }
  | { readonly kind: 'set-capacity'; readonly component: string; readonly capacity: number }
  /** Sets the mean time between failures, keeping the failure model's shape ('none' becomes exponential). */
  | { readonly kind: 'set-mtbf'; readonly component: string; readonly mtbf: Duration }
  /**
   * Duplicates a component as a standby and puts it next to the original in every topology;
   * with `withDependents`, everything that depends on it gets a copy on the standby too (a
   * standby site with its own servers), so its loss no longer takes them all down.
   */
  | {
      readonly kind: 'add-redundant-member';
      readonly component: string;
      readonly withDependents?: boolean;
    }
  | { readonly kind: 'set-backup-interval'; readonly component: string; readonly every: Duration }
  | { readonly kind: 'set-detection'; readonly component: string; readonly detection: Duration }
  /** Gives `component` its own copy of `dependency` (a second data centre). */
  | { readonly kind: 'split-dependency'; readonly component: string; readonly dependency: string }
  /** How many people of a recovery team can work at once (steps it runs in parallel). */
  | { readonly kind: 'set-team-size'; readonly team: string; readonly size: number }
  /** A team's delay before its first step outside working hours (on-call cover: a short one). */
  | {
      readonly kind: 'set-team-call-out';
      readonly team: string;
      readonly callOut: DurationDistribution;
    }
  /**
   * A team's working hours, one list of windows per weekday (Monday first); its days off
   * (holidays, closed days) stay. Every day 00:00-24:00 is 24x7 and needs no call-out.
   */
  | {
      readonly kind: 'set-team-hours';
      readonly team: string;
      readonly weekly: readonly (readonly DayWindow[])[];
    }
  | {
      readonly kind: 'set-objective';
      readonly service: string;
      readonly objective: 'rto' | 'rpo' | 'mtpd';
      readonly value: Duration;
    };

export interface Finding {
  /** Stable: `<rule>:<subject ids>`. */
  readonly id: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly title: string;
  /** Plain language a trainee understands. */
  readonly explanation: string;
  /** The numbers behind it, under keys that have words and a unit (`evidence-labels.ts`). */
  readonly evidence: Evidence;
  /** Component, plan, step or service ids it is about. */
  readonly subject: readonly string[];
  readonly suggestion: Suggestion;
  /**
   * The simulated disruption that shows what the finding claims (an outage, a breach, an
   * overload); findings whose claim the BIA contradicts are dropped or say less.
   */
  readonly simulated?: Citation;
}

/** A BIA run a finding rests on: its row and its replay. */
export interface Citation {
  /** The BIA row (`fail:app-1+app-2`); null for the undisrupted run. */
  readonly disruption: string | null;
  readonly label: string;
  readonly service: string;
  /** Where the BIA placed it; `night`: outside the plan's teams' hours (bia/plan-runs.ts). */
  readonly placement: PlacementKind | 'night';
  /** Scenario-local `YYYY-MM-DDTHH:MM`. */
  readonly at: string;
  /** The same moment in simulated time (where the replay opens). */
  readonly t: number;
  readonly bound: Bound;
  /** What the run showed, in words. */
  readonly shows: string;
  /** Its replay: these injects (simulated time) under the BIA's conditions at `bound`. */
  readonly injects: readonly Inject[];
}

export interface Suggestion {
  readonly text: string;
  /** The first of `edits` (null when none), for callers that apply one edit. */
  readonly edit: ScenarioEdit | null;
  /** Every edit the suggestion needs, applied in order; empty when it is not a scenario edit. */
  readonly edits: readonly ScenarioEdit[];
}

/** A suggestion made of these edits (none, one or several). */
export const suggest = (text: string, edits: readonly (ScenarioEdit | null)[] = []): Suggestion => {
  const list = edits.filter((e): e is ScenarioEdit => e !== null);
  return { text, edit: list[0] ?? null, edits: list };
};
