import { describe, expect, it } from 'vitest';
import {
  OutageJumps,
  jumpForTour,
  jumpToMoment,
  jumpToOutageFrom,
  type Jump,
} from '../../src/ui/app/outage-jump.ts';
import type { TimeWindow } from '../../src/charts/outage-frame.ts';
import { outageWindow } from '../support/outage-window.ts';

const MIN = 60_000;
const H = 60 * MIN;

const outage = (start: number, end: number) => outageWindow(start, end);

/** The bank's first two outages of seed 1: 5 Jan 10:00-10:12 and 7 Jan 15:30-16:57. */
const bank = {
  horizon: 365 * 24 * H,
  service: {
    id: 'transfers',
    name: 'Money transfer',
    fullCapacity: 1200,
    mbco: { kind: 'share' as const, share: 0.5 },
    rto: 2 * H,
    mtpd: 8 * H,
    intervals: [],
  },
  outages: [outage(10 * H, 10 * H + 12 * MIN), outage(55 * H + 30 * MIN, 56 * H + 57 * MIN)],
};

describe('jumpToMoment(model, t)', () => {
  it('frames the outage an event falls in, from its start to its MTPD mark', () => {
    // 7 Jan 16:00 is inside the second outage: 8 h to the MTPD, 48 min either side.
    expect(jumpToMoment(bank, 56 * H)).toEqual({
      t: 56 * H,
      view: { from: 54 * H + 42 * MIN, to: 64 * H + 18 * MIN },
    });
  });

  it('only moves the playhead for a moment while the service is up', () => {
    expect(jumpToMoment(bank, 30 * H)).toEqual({ t: 30 * H, view: null });
  });
});

describe('jumpToOutageFrom(model, t)', () => {
  it('goes to the first outage of a run opened from a Monte Carlo bar', () => {
    // 10:00 - 48 min = 09:12, to 18:00 + 48 min = 18:48.
    expect(jumpToOutageFrom(bank, 0)).toEqual({
      t: 10 * H,
      view: { from: 9 * H + 12 * MIN, to: 18 * H + 48 * MIN },
    });
  });

  it('goes to the outage a BIA disruption causes, at or after its moment', () => {
    expect(jumpToOutageFrom(bank, 55 * H + 30 * MIN).t).toBe(55 * H + 30 * MIN);
    expect(jumpToOutageFrom(bank, 20 * H).t).toBe(55 * H + 30 * MIN);
  });

  it('frames a disruption without an outage as an outage starting then would be', () => {
    expect(jumpToOutageFrom(bank, 100 * H)).toEqual({
      t: 100 * H,
      view: { from: 99 * H + 12 * MIN, to: 108 * H + 48 * MIN },
    });
  });
});

describe('jumpForTour(model)', () => {
  it('shows the longest outage, or none in a run without outages', () => {
    expect(jumpForTour(bank)?.t).toBe(55 * H + 30 * MIN);
    expect(jumpForTour({ ...bank, outages: [] })).toBeNull();
  });
});

describe('OutageJumps', () => {
  function host(initial: TimeWindow | null) {
    const seen: Jump[] = [];
    const state = { view: initial, playhead: 0, revealed: 0 };
    const jumps = new OutageJumps({
      model: () => bank,
      view: () => state.view,
      setView: (view) => (state.view = view),
      seek: (t) => ((state.playhead = t), seen.push({ t, view: state.view })),
      reveal: () => void state.revealed++,
    });
    return { jumps, state, seen };
  }

  it('frames the outage for the tour, and puts the window back on a step without one', () => {
    const { jumps, state } = host({ from: 0, to: 24 * H });
    jumps.forTour(false);
    expect(state.view).toEqual({ from: 0, to: 24 * H });
    jumps.forTour(true);
    jumps.forTour(true); // the MTPD step after the RTO step
    expect(state.view).toEqual({ from: 54 * H + 42 * MIN, to: 64 * H + 18 * MIN });
    expect(state.playhead).toBe(55 * H + 30 * MIN);
    jumps.forTour(false);
    expect(state.view).toEqual({ from: 0, to: 24 * H });
  });

  it('leaves what the tour framed on screen when the tour closes', () => {
    const { jumps, state } = host(null);
    jumps.forTour(true);
    jumps.tourEnded();
    jumps.forTour(false);
    expect(state.view).toEqual({ from: 54 * H + 42 * MIN, to: 64 * H + 18 * MIN });
  });

  it('brings the timeline into view after framing an outage, but not for the tour or a quiet moment', () => {
    const { jumps, state } = host(null);
    jumps.forTour(true);
    expect(state.revealed).toBe(0);
    jumps.toMoment(5 * H); // before any outage: the playhead moves, nothing is framed
    expect(state.revealed).toBe(0);
    jumps.toMoment(10 * H);
    expect(state.revealed).toBe(1);
    jumps.toOutageFrom(0);
    expect(state.revealed).toBe(2);
  });

  it('sets the window before it moves the playhead', () => {
    const { jumps, seen } = host(null);
    jumps.toMoment(10 * H);
    expect(seen).toEqual([{ t: 10 * H, view: { from: 9 * H + 12 * MIN, to: 18 * H + 48 * MIN } }]);
  });
});
