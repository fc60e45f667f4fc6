/** What the scenario library keeps: the records each backend store holds. */

/** Where a scenario first came from. */
export type ScenarioSource =
  | { readonly kind: 'bundled'; readonly id: string }
  | { readonly kind: 'file'; readonly name: string }
  | { readonly kind: 'new' };

/** The last time the scenario was used in an exercise, with what the planner noted. */
export interface Exercised {
  readonly at: number;
  readonly note: string;
  /**
   * The recovery plans the exercise invoked (an exercise run in the Exercise tab); absent = the
   * whole scenario (a mark made by hand, or one kept before plans were recorded).
   */
  readonly plans?: readonly string[];
}

/** A planner's scenario: its current (autosaved) text and what is known about it. */
export interface StoredScenario {
  readonly id: string;
  readonly name: string;
  readonly text: string;
  /** Milliseconds since the epoch, from the library's clock. */
  readonly createdAt: number;
  /** When the name or text last changed. */
  readonly updatedAt: number;
  readonly source: ScenarioSource;
  readonly lastExercised: Exercised | null;
  /** When each recovery plan (by id) was last invoked in an exercise, ms; absent = none recorded. */
  readonly plansExercised?: Readonly<Record<string, number>>;
  /**
   * 1 when created, one more at each change of the text (see revision.ts). A save states the
   * revision its text was based on, so a tab that fell behind cannot overwrite another's text.
   */
  readonly revision: number;
  /** The tab (its writer id, tab-presence.ts) that last changed the text; '' when not known. */
  readonly savedBy: string;
}

/** A save point: the scenario's text at one moment, kept until the scenario is removed. */
export interface SavePoint {
  readonly id: string;
  readonly scenarioId: string;
  /** 1 for a scenario's first save point, then 2, 3...: orders save points made in the same ms. */
  readonly number: number;
  readonly at: number;
  readonly note: string;
  readonly text: string;
}

/** A small fact the library remembers about itself (a one-time migration done, say). */
export interface Marker {
  readonly id: string;
  readonly at: number;
}

/** The records of each store, by store name. */
export interface StoreRecords {
  scenarios: StoredScenario;
  versions: SavePoint;
  meta: Marker;
}

export type StoreName = keyof StoreRecords;
