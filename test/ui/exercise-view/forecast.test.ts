import { describe, expect, it } from 'vitest';
import { minutes } from '../../../src/core/time.ts';
import {
  advanceClock,
  delayInject,
  initialClock,
  releaseInject,
  takeDecision,
} from '../../../src/exercise/clock.ts';
import { forecastData } from '../../../src/ui/exercise-view/forecast.ts';
import { m, script } from '../../exercise/script.ts';

const FIXED = { startEpoch: 0, timeZone: null };

describe("the facilitator's forecast", () => {
  it('shows every inject: released where it was, due (with delays) or on demand', () => {
    let clock = delayInject(initialClock(script), 'calls', minutes(5));
    clock = advanceClock(script, clock, m(75));
    const f = forecastData(script, clock, FIXED);
    expect(f.injects.map((i) => [i.t, i.state])).toEqual([
      [m(70), 'released'],
      [m(85), 'due'],
      [m(100), 'on-demand'],
    ]);
    expect(f).toMatchObject({ start: m(60), end: m(180), now: m(75) });
  });

  it('shows decisions waiting at their time, open until their deadline, decided when taken', () => {
    let clock = advanceClock(script, initialClock(script), m(82));
    expect(forecastData(script, clock, FIXED).decisions).toEqual([
      { from: m(80), to: m(95), label: 'Invoke?', state: 'open' },
      { from: m(90), to: m(100), label: 'Tell customers?', state: 'waiting' },
    ]);
    clock = takeDecision(script, clock, 'invoke', 'now');
    clock = releaseInject(script, clock, 'press', 'on-demand');
    const f = forecastData(script, clock, FIXED);
    expect(f.decisions[0]).toEqual({ from: m(80), to: m(82), label: 'Invoke?', state: 'decided' });
    expect(f.injects[2]).toMatchObject({ t: m(82), state: 'released' });
  });
});
