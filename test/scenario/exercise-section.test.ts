import { describe, expect, it } from 'vitest';
import { formatLocal } from '../../src/core/civil.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { BASE } from './fixtures.ts';

/** The base scenario with an exercise; `over` replaces lines of the default one by key. */
function withExercise(over: Record<string, string> = {}): string {
  const lines = {
    head: 'exercise:',
    name: '  name: Database drill',
    start: '  start: 2026-01-07T10:00',
    duration: '  duration: 3h',
    manual: '  manualInvocation: [db-1]',
    injects: '  injects:',
    i1: '    - { id: alarm, at: 2026-01-07T10:10, text: Alarms, effect: { action: fail, component: db-1 } }',
    i2: '    - { id: press, at: +2d12h, release: on-demand, text: The press calls }',
    decisions: '  decisions:',
    d1: '    - id: invoke',
    d2: '      after: alarm',
    d3: '      question: Invoke?',
    d4: '      timeLimit: 15m',
    d5: '      default: wait',
    d6: '      options:',
    o1: '        - { id: now, label: Now, actions: [{ action: invoke, component: db-1 }] }',
    o2: '        - { id: later, label: Later, actions: [{ after: 30m, action: invoke, component: db-1 }] }',
    o3: '        - { id: wait, label: Wait }',
    ...over,
  };
  return `${BASE}${Object.values(lines)
    .filter((l) => l !== '')
    .join('\n')}\n`;
}

function errors(text: string) {
  const r = parseScenario(text);
  return r.ok ? [] : r.errors.map((e) => ({ path: e.path, message: e.message }));
}

describe('the exercise section of a scenario file', () => {
  it('reads a valid exercise into times since the scenario start', () => {
    const r = parseScenario(withExercise());
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const exercise = r.scenario.exercise!;
    const local = (t: number) => formatLocal(r.scenario.startEpoch + t);
    expect(local(exercise.start)).toBe('2026-01-07T10:00');
    expect(exercise.duration).toBe(3 * 3_600_000);
    expect(exercise.pace).toBe(10); // the default
    expect(exercise.injects.map((i) => [i.id, local(i.at), i.release])).toEqual([
      ['alarm', '2026-01-07T10:10', 'timed'],
      ['press', '2026-01-07T12:00', 'on-demand'],
    ]);
    expect(exercise.decisions[0]!.opens).toEqual({ kind: 'after', inject: 'alarm' });
    expect(exercise.decisions[0]!.options[1]!.actions).toEqual([
      { after: 30 * 60_000, effect: { action: 'invoke', component: 'db-1' } },
    ]);
  });

  it('is optional: a scenario without one has none', () => {
    const r = parseScenario(BASE);
    expect(r.ok && r.scenario.exercise).toBe(null);
  });

  it('names an unknown component in an option action, with a suggestion', () => {
    const text = withExercise({
      o1: '        - { id: now, label: Now, actions: [{ action: invoke, component: db-3 }] }',
    });
    expect(errors(text)).toContainEqual({
      path: 'exercise.decisions[0].options[0].actions[0].component',
      message: 'unknown component "db-3"',
    });
  });

  it('refuses a default that is not one of the options', () => {
    expect(errors(withExercise({ d5: '      default: pray' }))).toContainEqual({
      path: 'exercise.decisions[0].default',
      message: 'unknown option of invoke "pray"',
    });
  });

  it('refuses a decision that never opens and one that waits for an unknown inject', () => {
    expect(errors(withExercise({ d2: '' }))[0]?.message).toContain('never opens');
    expect(errors(withExercise({ d2: '      after: alarms' }))).toContainEqual({
      path: 'exercise.decisions[0].after',
      message: 'unknown exercise inject "alarms"',
    });
  });

  it('refuses two injects with one id', () => {
    const text = withExercise({ i2: '    - { id: alarm, at: 2026-01-07T11:00, text: Again }' });
    expect(errors(text)[0]?.message).toContain('duplicate exercise inject id "alarm"');
  });

  it('warns about an inject that falls outside the exercise, and still loads', () => {
    const r = parseScenario(
      withExercise({ i2: '    - { id: late, at: 2026-01-08T10:00, text: Late }' }),
    );
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.path)).toContain('exercise.injects[1].at');
  });

  it('explains a bad release and a pace that is not positive', () => {
    const bad = errors(
      withExercise({
        i2: '    - { id: press, at: 2026-01-07T11:00, release: whenever, text: The press }',
        duration: '  duration: 3h\n  pace: 0',
      }),
    );
    expect(bad.map((e) => e.path)).toEqual(
      expect.arrayContaining(['exercise.injects[1].release', 'exercise.pace']),
    );
  });
});
