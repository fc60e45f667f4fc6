// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { advanceClock, initialClock, takeDecision } from '../../../src/exercise/clock.ts';
import { exerciseOf } from '../../../src/exercise/injects.ts';
import { afterActionReport } from '../../../src/exercise/report.ts';
import { parseScenario } from '../../../src/scenario/index.ts';
import '../../../src/ui/exercise-view/define-report.ts';
import { minutesText } from '../../../src/ui/format.ts';

const parsed = parseScenario(readFileSync('scenarios/bank-money-transfer.yaml', 'utf8'));
if (!parsed.ok) throw new Error('the bank scenario does not parse');
const bank = parsed.scenario;
const exercise = exerciseOf(bank);
const desk = exercise.injects.find((i) => i.id === 'service-desk')!.at;

function report(option: string) {
  let s = advanceClock(exercise, initialClock(exercise), desk + 12 * 60_000);
  s = takeDecision(exercise, s, 'invocation', option);
  s = advanceClock(exercise, s, Infinity);
  return afterActionReport({
    scenario: bank,
    seed: '7',
    log: s.log,
    findings: [],
    notes: 'First drill.',
  });
}

async function mount(option: string) {
  const el = document.createElement('cs-after-action-report');
  el.report = report(option);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('the after-action report', () => {
  it('shows the RTO verdict and the decision with the time it took', async () => {
    const el = await mount('standby');
    const root = el.shadowRoot!;
    expect(root.querySelector('[data-testid="rto-verdict"]')!.textContent).toContain('met');
    const decisions = root.querySelector('[data-testid="decisions"]')!.textContent;
    expect(decisions).toContain('Fail over to the standby site');
    expect(decisions).toMatch(/12 min\s+of\s+15 min/);
  });

  it('prices the data the corruption lost, apart and inside the cost', async () => {
    const el = await mount('diagnose');
    const lost = el.shadowRoot!.querySelector('[data-testid="data-loss-cost"]')!.textContent;
    // The 11:00 backup is the last good copy of both databases, corrupted at 11:20 and 11:21:
    // 21 min of transfers lost, at EUR 30,000 an hour.
    expect(lost.replace(/\s+/g, ' ').trim()).toBe('21 min, costing €10,500');
  });

  it('says by how much the RTO was breached', async () => {
    const el = await mount('escalate');
    const verdict = el.shadowRoot!.querySelector('[data-testid="rto-verdict"]')!.textContent;
    expect(verdict).toMatch(/breached by \d+ h \d+ min/);
  });

  it("sends the facilitator's notes up as they are typed", async () => {
    const el = await mount('diagnose');
    const area = el.shadowRoot!.querySelector('textarea')!;
    expect(area.value).toBe('First drill.');
    const seen: string[] = [];
    el.addEventListener('cs-exercise-notes', (e) =>
      seen.push((e as CustomEvent<{ notes: string }>).detail.notes),
    );
    area.value = 'Invoke sooner';
    area.dispatchEvent(new Event('input'));
    expect(seen).toEqual(['Invoke sooner']);
  });

  it('asks for a JSON export', async () => {
    const el = await mount('diagnose');
    let asked = 0;
    el.addEventListener('cs-report-export', () => asked++);
    [...el.shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Export JSON'))!
      .click();
    expect(asked).toBe(1);
  });
});

describe('the after-action report, in the room', () => {
  it('counts the downtime in agreed hours and outside them apart, to the minute', async () => {
    // waiting for the vendor: down from 11:20 until after the close of agreed hours at 16:00
    const el = await mount('wait');
    const root = el.shadowRoot!;
    const text = (id: string) =>
      root.querySelector(`[data-testid="${id}"]`)!.textContent.replace(/\s+/g, ' ').trim();
    expect(text('downtime-agreed')).toBe('4 h 40 min');
    const outside = el.report!.services[0]!.downtimeOutsideAgreedHoursMinutes;
    expect(outside).toBeGreaterThan(0);
    expect(text('downtime-outside')).toBe(minutesText(outside));
  });

  it('writes its times to the minute, never with seconds', async () => {
    // a decision 12 min 20 s after the service desk's call: 11:42:20 is written 11:42
    let s = advanceClock(exercise, initialClock(exercise), desk + 12 * 60_000 + 20_000);
    s = takeDecision(exercise, s, 'invocation', 'invoke-now');
    s = advanceClock(exercise, s, Infinity);
    const el = document.createElement('cs-after-action-report');
    el.report = afterActionReport({ scenario: bank, seed: '7', log: s.log, findings: [] });
    document.body.append(el);
    await el.updateComplete;
    const text = el.shadowRoot!.textContent;
    expect(el.report.decisions[0]!.decidedAt).toBe('2026-01-30T11:42:20');
    expect(text).toContain('11:42');
    expect(text).not.toMatch(/\d\d:\d\d:\d\d/);
  });
});
