/**
 * Reading the seed, log and notes of an exported after-action report for a replay: every
 * entry checked for its kind, its fields and the injects, decisions and options it names, each
 * problem with the entry's index and field. Then the bad-input corpus: random structural
 * mutations of a real report never make the reader throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mutatedJson } from '../../src/cli/fuzz-inputs.ts';
import { exerciseOf } from '../../src/exercise/injects.ts';
import { readReplayInput } from '../../src/exercise/log-schema.ts';
import { afterActionReport } from '../../src/exercise/report.ts';
import { playScript } from '../../src/exercise/scripted.ts';
import { bundled } from '../support/bundled.ts';

const scenario = bundled('bank-money-transfer');
const exercise = exerciseOf(scenario);
const { log } = playScript(exercise, []);
const exported = JSON.parse(
  JSON.stringify(afterActionReport({ scenario, seed: 'class-7', log, findings: [], notes: 'ok' })),
) as Record<string, unknown> & { log: unknown[] };

/** The report with `edit` applied to a copy. */
function edited(edit: (r: typeof exported) => void): unknown {
  const copy = structuredClone(exported);
  edit(copy);
  return copy;
}

const problems = (value: unknown): string[] => {
  const read = readReplayInput(value, exercise);
  return read.ok ? [] : read.problems;
};

describe('readReplayInput', () => {
  it('reads the seed, log and notes of a report the app exported', () => {
    const read = readReplayInput(exported, exercise);
    expect(read).toEqual({
      ok: true,
      replay: {
        seed: 'class-7',
        log,
        notes: 'ok',
        fingerprints: exported['fingerprints'],
      },
    });
  });

  it('names a null entry, an unknown kind and a field of the wrong type by index', () => {
    expect(problems(edited((r) => r.log.splice(1, 0, null)))).toEqual([
      'log[1]: expected a log entry (an object with t and kind), not null',
    ]);
    expect(problems(edited((r) => r.log.splice(2, 0, { t: 5, kind: 'exploded' })))).toEqual([
      'log[2].kind: "exploded" is not a kind of log entry; the kinds are started, paused, resumed, ended, pace, released, delayed, decision-opened, decided',
    ]);
    expect(problems(edited((r) => r.log.splice(0, 0, { t: 5 })))).toEqual([
      'log[0].kind: missing; the kinds are started, paused, resumed, ended, pace, released, delayed, decision-opened, decided',
    ]);
    expect(problems(edited((r) => ((r.log[0] as { t: unknown }).t = 'soon')))).toEqual([
      'log[0].t: expected a time (ms since the scenario start)',
    ]);
    expect(problems(edited((r) => (r.log = {} as unknown[])))).toEqual([
      'log: expected a list of log entries, not an object',
    ]);
  });

  it('names an inject, decision or option the exercise does not have', () => {
    const released = { t: 5, kind: 'released', inject: 'nope', how: 'timed' };
    expect(problems(edited((r) => r.log.splice(1, 0, released)))).toEqual([
      'log[1].inject: the exercise has no inject "nope"; it has surge, integrity, replica, service-desk, regulator',
    ]);
    const decided = {
      t: 5,
      kind: 'decided',
      decision: 'invocation',
      option: 'panic',
      openedAt: 0,
      tookMinutes: 1,
      timedOut: false,
    };
    expect(problems(edited((r) => r.log.splice(1, 0, decided)))).toEqual([
      'log[1].option: decision invocation has no option "panic"; its options are invoke-now, diagnose, workaround, standby, escalate, wait',
    ]);
    expect(problems(edited((r) => r.log.splice(1, 0, { ...decided, decision: 'x' })))).toEqual([
      'log[1].decision: the exercise has no decision "x"; it has invocation',
    ]);
  });

  it('refuses notes, a seed or a format that are not what the app writes', () => {
    expect(problems(edited((r) => (r['notes'] = { text: 'x' })))).toEqual([
      "notes: expected the facilitator's notes as text",
    ]);
    expect(problems(edited((r) => (r['seed'] = 5)))).toEqual([
      'seed: expected the seed of the run (text)',
    ]);
    expect(problems(edited((r) => (r['format'] = 'x')))).toEqual([
      'format: not an after-action report (format continuity-after-action/1 expected); export one from the Exercise tab (Export JSON)',
    ]);
    expect(problems(null)).toEqual([
      'not an after-action report (a JSON object); export one from the Exercise tab (Export JSON)',
    ]);
  });

  it('never throws on a mutated report: it reads it or names what is wrong', () => {
    fc.assert(
      fc.property(mutatedJson(exported), (report) => {
        const read = readReplayInput(report, exercise);
        if (!read.ok) {
          expect(read.problems.length).toBeGreaterThan(0);
          for (const p of read.problems)
            expect(p).toMatch(/^(log|seed|notes|format|fingerprints|not an)/);
        }
      }),
      { numRuns: 2000, seed: 20260113 },
    );
  });
});
