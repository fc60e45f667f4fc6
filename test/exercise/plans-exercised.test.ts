import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MS_PER_MINUTE } from '../../src/core/time.ts';
import { advanceClock, initialClock, takeDecision } from '../../src/exercise/clock.ts';
import { exerciseOf } from '../../src/exercise/injects.ts';
import { plansExercised } from '../../src/exercise/plans-exercised.ts';
import { simulateExercise } from '../../src/exercise/simulate-exercise.ts';
import { parseScenario } from '../../src/scenario/index.ts';

const parsed = parseScenario(readFileSync('scenarios/bank-money-transfer.yaml', 'utf8'));
if (!parsed.ok) throw new Error('the bank scenario does not parse');
const bank = parsed.scenario;
const exercise = exerciseOf(bank);
const desk = exercise.injects.find((i) => i.id === 'service-desk')!.at;
const end = exercise.start + exercise.duration;

function played(option: string) {
  let s = advanceClock(exercise, initialClock(exercise), desk + 5 * MS_PER_MINUTE);
  s = takeDecision(exercise, s, 'invocation', option);
  const run = simulateExercise(bank, 'bank', advanceClock(exercise, s, Infinity).log);
  return plansExercised(run.trace, run.span.offset, exercise.start, end);
}

describe('plansExercised: the recovery plans an exercise invoked', () => {
  it('invoking the plan at 11:35 exercises the database rebuild; app-1’s random failure at 16:14 (seed bank) brings its rebuild into the exercise too', () => {
    expect(played('invoke-now')).toEqual(['db-rebuild', 'app-rebuild']);
  });

  it('escalating and waiting does not exercise the database rebuild: it starts only as the exercise ends (16:45)', () => {
    expect(played('escalate')).toEqual(['app-rebuild']);
  });
});
