import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MS_PER_MINUTE } from '../../../src/core/time.ts';
import { advanceClock, initialClock, takeDecision } from '../../../src/exercise/clock.ts';
import { exerciseOf } from '../../../src/exercise/injects.ts';
import { recoveryStatus } from '../../../src/exercise/recovery-status.ts';
import { simulateExercise } from '../../../src/exercise/simulate-exercise.ts';
import { parseScenario } from '../../../src/scenario/index.ts';
import { participantRecovery } from '../../../src/ui/exercise-view/participant-recovery.ts';

const parsed = parseScenario(readFileSync('scenarios/bank-money-transfer.yaml', 'utf8'));
if (!parsed.ok) throw new Error('the bank scenario does not parse');
const bank = parsed.scenario;
const exercise = exerciseOf(bank);
const desk = exercise.injects.find((i) => i.id === 'service-desk')!.at;
let clock = advanceClock(exercise, initialClock(exercise), desk + 5 * MS_PER_MINUTE);
clock = takeDecision(exercise, clock, 'invocation', 'invoke-now');
const run = simulateExercise(bank, 'bank', advanceClock(exercise, clock, Infinity).log);
const at = (t: number) =>
  participantRecovery(
    bank,
    exercise,
    recoveryStatus(bank, run.trace, run.span.offset, t, exercise.start),
  );

describe('the recovery the participants see', () => {
  it('is nothing before a plan is invoked', () => {
    expect(at(desk)).toBeNull();
  });

  it('names the plans and components, in local times, with the service expected back at 15:05 (14:00-18:10)', () => {
    const r = at(desk + 5 * MS_PER_MINUTE)!;
    expect(r.services).toEqual([
      {
        name: 'Money transfer',
        restore: { low: '2026-01-30T14:00', likely: '2026-01-30T15:05', high: '2026-01-30T18:10' },
      },
    ]);
    expect(r.plans[0]).toMatchObject({
      component: 'Database 1 (primary)',
      plan: 'Rebuild the lost database node',
      startedAt: '2026-01-30T11:35',
      stepsDone: 0,
      steps: 3,
      restoredAt: null,
    });
  });
});
