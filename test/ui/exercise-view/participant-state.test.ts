import { describe, expect, it } from 'vitest';
import { advanceClock, initialClock, takeDecision } from '../../../src/exercise/clock.ts';
import { participantState } from '../../../src/ui/exercise-view/participant-state.ts';
import { scenario as build } from '../../support/model-builder.ts';
import { m, script } from '../../exercise/script.ts';

const scenario = { ...build({ services: [], components: [] }), exercise: script };
const up = [{ name: 'Transfers', state: 'up' as const, demand: 100, capacity: 200 }];

describe('what the participants see', () => {
  it('shows the narrative released so far, newest first, and nothing still to come', () => {
    const clock = advanceClock(script, initialClock(script), m(85));
    const state = participantState(scenario, script, { ...clock, pace: 10 }, 'running', up);
    expect(state.narrative.map((n) => n.text)).toEqual(['The desk calls', 'An alarm']);
    expect(JSON.stringify(state)).not.toContain('The press calls'); // on demand, not released
    expect(JSON.stringify(state)).not.toContain('comms'); // a decision not asked yet
  });

  it('asks the open decision with the time left, simulated and real at the pace', () => {
    const clock = advanceClock(script, initialClock(script), m(85));
    const state = participantState(scenario, script, { ...clock, pace: 10 }, 'running', up);
    // opened at 80, 15 min to decide: 10 simulated minutes left = 60 real seconds at pace 10
    expect(state.decisions).toHaveLength(1);
    expect(state.decisions[0]).toMatchObject({
      id: 'invoke',
      question: 'Invoke?',
      minutesLeft: 10,
      secondsLeft: 60,
    });
    expect(state.decisions[0]!.options.map((o) => o.label)).toEqual(['Now', 'Later', 'Wait']);
    // the default, taken when the time runs out, is marked: only it
    expect(state.decisions[0]!.options.filter((o) => o.isDefault).map((o) => o.id)).toEqual([
      'wait',
    ]);
    expect(state.decisions[0]!.options[0]).not.toHaveProperty('actions'); // no hint of what it does
  });

  it('asks nothing once the team has decided, and shows what was decided', () => {
    let clock = advanceClock(script, initialClock(script), m(85));
    clock = takeDecision(script, clock, 'invoke', 'now');
    const after = participantState(scenario, script, { ...clock, pace: 10 }, 'running', up);
    expect(after.decided).toEqual([
      { at: '2026-01-05T01:25', question: 'Invoke?', label: 'Now', timedOut: false },
    ]);
    expect(
      participantState(scenario, script, { ...clock, pace: 10 }, 'running', up).decisions,
    ).toEqual([]);
  });

  it('asks every decision open at once, the first asked first', () => {
    const clock = advanceClock(script, initialClock(script), m(92));
    const state = participantState(scenario, script, { ...clock, pace: 10 }, 'running', up);
    expect(state.decisions.map((d) => [d.id, d.minutesLeft])).toEqual([
      ['invoke', 3],
      ['comms', 8],
    ]);
  });

  it('says how much of the demand the service serves', () => {
    const clock = { ...initialClock(script), pace: 10 };
    const served = (state: 'up' | 'degraded' | 'down', capacity: number | null, demand = 100) =>
      participantState(scenario, script, clock, 'ready', [{ name: 'S', state, demand, capacity }])
        .services[0]!.served;
    expect(served('up', 200)).toBe(1);
    expect(served('degraded', 60)).toBe(0.6);
    expect(served('down', 40)).toBe(0);
    expect(served('up', null)).toBe(1);
    expect(served('up', 50, 0)).toBe(1);
  });
});
