// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { advanceClock, initialClock } from '../../../src/exercise/clock.ts';
import { exerciseOf } from '../../../src/exercise/injects.ts';
import { afterActionReport } from '../../../src/exercise/report.ts';
import { hours, minutes } from '../../../src/core/time.ts';
import { parseScenario } from '../../../src/scenario/index.ts';
import '../../../src/ui/exercise-view/define-report.ts';
import { exerciseTimes } from '../../../src/ui/exercise-view/exercise-times.ts';
import { participantState } from '../../../src/ui/exercise-view/participant-state.ts';
import { stampTime, stampWhen } from '../../../src/ui/local-stamp.ts';

/** London from Friday 23 October 00:00 BST; the clocks go back 50 h in (02:00 BST on the 25th). */
const text = readFileSync('test/fixtures/london-clocks-back.yaml', 'utf8');
const parsed = parseScenario(text, 'london-clocks-back.yaml');
if (!parsed.ok) throw new Error('the fixture does not parse');
const night = parsed.scenario;
const exercise = exerciseOf(night);
const ended = advanceClock(exercise, initialClock(exercise), Infinity);
const report = afterActionReport({ scenario: night, seed: '1', log: ended.log, findings: [] });

afterEach(() => document.body.replaceChildren());

describe('an exercise over the night the clocks go back (Europe/London)', () => {
  it('reads the two 01:30 injects an hour apart', () => {
    const at = Object.fromEntries(exercise.injects.map((i) => [i.id, i.at]));
    expect(at).toEqual({
      alarm: hours(48) + minutes(50),
      first: hours(49) + minutes(30),
      second: hours(50) + minutes(30),
    });
  });

  it('writes the report’s local times with their UTC offset, and names the zone', () => {
    expect(report.timeZone).toBe('Europe/London');
    expect(report.start).toBe('2026-10-25T00:00+01:00');
    expect(report.scheduledEnd).toBe('2026-10-25T03:00+00:00');
    const injects = report.timeline.filter((e) => e.kind === 'inject').map((e) => e.at);
    expect(injects).toEqual([
      '2026-10-25T00:50+01:00',
      '2026-10-25T01:30+01:00',
      '2026-10-25T01:30+00:00',
    ]);
  });

  it('shows them in the report as 01:30 BST, then 01:30 GMT', async () => {
    const el = document.createElement('cs-after-action-report');
    el.report = report;
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const rows = [...root.querySelectorAll('[data-testid="report-timeline"] tbody tr')]
      .filter((tr) => tr.getAttribute('data-kind') === 'inject')
      .map((tr) => tr.querySelector('td')?.textContent);
    expect(rows).toEqual(['00:50 BST', '01:30 BST', '01:30 GMT']);
    const facts = root.querySelector('.facts')?.textContent?.replace(/\s+/g, ' ');
    expect(facts).toContain('started 2026-10-25 00:00 BST');
  });

  it('gives the facilitator’s and the participants’ clocks the abbreviation', () => {
    const times = exerciseTimes({ scenario: night, exercise });
    expect([hours(49) + minutes(30), hours(50) + minutes(30)].map(times)).toEqual([
      '01:30 BST',
      '01:30 GMT',
    ]);
    const state = participantState(night, exercise, { ...ended, pace: 10 }, 'ended', []);
    expect(state.timeZone).toBe('Europe/London');
    expect(state.narrative.map((n) => stampTime(n.at, state.timeZone))).toEqual([
      '01:30 GMT',
      '01:30 BST',
      '00:50 BST',
    ]);
  });
});

describe('local stamps read for people', () => {
  it('turn an offset into the zone’s abbreviation, and leave a plain time plain', () => {
    expect(stampWhen('2026-10-25T01:30+00:00', 'Europe/London')).toBe('2026-10-25 01:30 GMT');
    expect(stampWhen('2026-10-25T01:30+01:00', 'Europe/London')).toBe('2026-10-25 01:30 BST');
    expect(stampTime('2026-11-01T01:30:20-05:00', 'America/New_York', true)).toBe('01:30:20 EST');
    expect(stampWhen('2026-01-30T11:20', 'Europe/London')).toBe('2026-01-30 11:20');
    expect(stampTime('2026-01-30T11:20:05', null, true)).toBe('11:20:05');
  });

  it('leave a report of a scenario without a time zone as it was: no zone, plain times', () => {
    // The bank without its `timeZone:` line: a fixed clock.
    const text = readFileSync('scenarios/bank-money-transfer.yaml', 'utf8');
    const bank = parseScenario(text.replace(/^timeZone: .*\n/m, ''));
    if (!bank.ok) throw new Error('the bank scenario does not parse');
    const drill = exerciseOf(bank.scenario);
    const log = advanceClock(drill, initialClock(drill), Infinity).log;
    const plain = afterActionReport({ scenario: bank.scenario, seed: '1', log, findings: [] });
    expect('timeZone' in plain).toBe(false);
    expect(plain.start).toBe('2026-01-30T10:45');
  });

  it('name the zone of a zoned scenario, with plain times when the clocks do not change in the exercise', () => {
    // The bank is in Frankfurt; its exercise on 30 January is far from a change of the clocks.
    const bank = parseScenario(readFileSync('scenarios/bank-money-transfer.yaml', 'utf8'));
    if (!bank.ok) throw new Error('the bank scenario does not parse');
    const drill = exerciseOf(bank.scenario);
    const log = advanceClock(drill, initialClock(drill), Infinity).log;
    const report = afterActionReport({ scenario: bank.scenario, seed: '1', log, findings: [] });
    expect(report.timeZone).toBe('Europe/Berlin');
    expect(report.start).toBe('2026-01-30T10:45');
  });
});
