/**
 * Jumping to an outage, the one path for every place that does it: the outage list of the
 * metrics panel, the event log, a Monte Carlo bar (its run's first outage), a BIA disruption
 * (the outage it causes) and the guided tour's RTO and MTPD steps. The playhead goes to the
 * outage and the timeline frames it (charts/outage-frame.ts) and comes into view (a list far
 * down the page would otherwise frame an outage off screen); "Whole horizon" goes back.
 */
import type { TimelineModel } from '../../analysis/timeline-types.ts';
import {
  longestOutage,
  outageAt,
  outageFrame,
  type TimeWindow,
} from '../../charts/outage-frame.ts';

/** Where a jump puts the playhead, and the window it shows (null: the window stays). */
export interface Jump {
  readonly t: number;
  readonly view: TimeWindow | null;
}

type Model = Pick<TimelineModel, 'horizon' | 'outages' | 'service'>;

/**
 * A moment chosen in a list (an outage's start, an event): the playhead goes there, and the
 * outage it falls in, if any, is framed.
 */
export function jumpToMoment(model: Model, t: number): Jump {
  const index = outageAt(model.outages, t);
  return { t, view: index === null ? null : outageFrame(model.outages[index]!, model.horizon) };
}

/**
 * The first outage still going on at `t` or after it, framed, with the playhead at its start
 * (a Monte Carlo run from 0, a BIA disruption from its moment). Without one, the playhead goes
 * to `t` and the frame is the one an outage starting at `t` would have: its RTO and MTPD marks
 * and the margin, so the quiet moment shows at the same scale.
 */
export function jumpToOutageFrom(model: Model, t: number): Jump {
  const outage = model.outages.find((o) => o.end >= t);
  if (outage) return { t: outage.start, view: outageFrame(outage, model.horizon) };
  const { rto, mtpd } = model.service;
  const none = { start: t, end: t, rtoDeadline: t + rto, mtpdDeadline: t + mtpd };
  return { t, view: outageFrame(none, model.horizon) };
}

/** The outage the guided tour shows its RTO and MTPD on: the run's longest, or null without any. */
export function jumpForTour(model: Model): Jump | null {
  const index = longestOutage(model.outages);
  if (index === null) return null;
  const outage = model.outages[index]!;
  return { t: outage.start, view: outageFrame(outage, model.horizon) };
}

/** What the jumps need of the app: the model shown, its timeline window and its playhead. */
export interface JumpHost {
  model(): Model | null;
  view(): TimeWindow | null;
  setView(view: TimeWindow | null): void;
  seek(t: number): void;
  /** Brings the timeline into view (a jump chosen below it, or on another tab). */
  reveal(): void;
}

/**
 * Carries out jumps on the app, and the tour's framing: a tour step that shows an outage
 * frames the longest one, and the next step that does not puts the window back as it was.
 */
export class OutageJumps {
  readonly #host: JumpHost;
  /** The window before the tour framed an outage (undefined: the tour has not framed one). */
  #beforeTour: TimeWindow | null | undefined = undefined;

  constructor(host: JumpHost) {
    this.#host = host;
  }

  /** The tour places its own callouts, so it does not `reveal` the timeline. */
  go(jump: Jump, reveal = true): void {
    if (jump.view) this.#host.setView(jump.view);
    this.#host.seek(jump.t);
    if (reveal && jump.view) this.#host.reveal();
  }

  /** A moment chosen in the outage list or the event log. */
  toMoment(t: number): void {
    const model = this.#host.model();
    if (model) this.go(jumpToMoment(model, t));
    else this.#host.seek(t);
  }

  /** After a run opened to show an outage: the first one from `t`. */
  toOutageFrom(t: number): void {
    const model = this.#host.model();
    if (model) this.go(jumpToOutageFrom(model, t));
    else this.#host.seek(t);
  }

  /** The tour's step shows an outage (`framed`) or not. */
  forTour(framed: boolean): void {
    const model = this.#host.model();
    const jump = framed && model ? jumpForTour(model) : null;
    if (jump) {
      if (this.#beforeTour === undefined) this.#beforeTour = this.#host.view();
      this.go(jump, false);
    } else if (!framed && this.#beforeTour !== undefined) {
      this.#host.setView(this.#beforeTour);
      this.#beforeTour = undefined;
    }
  }

  /** The tour closed: what it framed stays on screen. */
  tourEnded(): void {
    this.#beforeTour = undefined;
  }
}
