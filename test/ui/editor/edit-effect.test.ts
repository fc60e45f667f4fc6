import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runReport, type RunReport, type ServiceReport } from '../../../src/core/report.ts';
import { simulate } from '../../../src/simulator/simulate.ts';
import { parseScenario } from '../../../src/scenario/index.ts';
import { anyChange, effectRows } from '../../../src/ui/editor/edit-effect/effect-rows.ts';

const parsed = parseScenario(readFileSync('scenarios/bank-money-transfer.yaml', 'utf8'));
if (!parsed.ok) throw new Error('the bank scenario does not parse');
const bank = parsed.scenario;
const report = runReport(bank, simulate(bank, '1'));

const withService = (r: RunReport, change: Partial<ServiceReport>): RunReport => ({
  ...r,
  services: r.services.map((s, i) => (i === 0 ? { ...s, ...change } : s)),
});
const cell = (r: RunReport, was: RunReport | null, label: string) =>
  effectRows(r, was)[0]!.cells.find((c) => c.label === label)!;

describe('the effect of edits', () => {
  it('shows no change when the run is the one the editor opened', () => {
    const rows = effectRows(report, report);
    expect(rows.map((r) => r.service)).toEqual(bank.services.map((s) => s.id));
    expect(rows.every((r) => r.cells.every((c) => c.direction === 'same'))).toBe(true);
    expect(anyChange(rows)).toBe(false);
  });

  it('calls less downtime better and says what it was', () => {
    const was = withService(report, { downtimeInAgreedHoursMinutes: 150 });
    const now = withService(report, { downtimeInAgreedHoursMinutes: 45 });
    expect(cell(now, was, 'Down in agreed hours')).toEqual({
      label: 'Down in agreed hours',
      now: '45 min',
      was: '2 h 30 min',
      direction: 'better',
    });
    expect(anyChange(effectRows(now, was))).toBe(true);
  });

  it('calls lower availability, more RTO breaches and more cost worse', () => {
    const was = withService(report, {
      availabilityInAgreedHours: 0.999,
      rtoBreaches: 0,
      cost: 1000,
    });
    const now = withService(report, {
      availabilityInAgreedHours: 0.99,
      rtoBreaches: 2,
      cost: 5000,
    });
    expect(cell(now, was, 'Availability in agreed hours').direction).toBe('worse');
    expect(cell(now, was, 'RTO breaches')).toMatchObject({
      now: '2',
      was: '0',
      direction: 'worse',
    });
    expect(cell(now, was, 'Cost').direction).toBe('worse');
  });

  it('takes the longest outage from the outages', () => {
    const outage = report.services[0]!.outages[0]!;
    const now = withService(report, {
      outages: [
        { ...outage, durationMinutes: 30 },
        { ...outage, durationMinutes: 95 },
      ],
    });
    expect(cell(now, null, 'Longest outage').now).toBe('1 h 35 min');
  });

  it('marks a service the opened scenario did not have as new', () => {
    const was: RunReport = { ...report, services: [] };
    const rows = effectRows(report, was);
    expect(rows[0]!.cells.every((c) => c.was === null)).toBe(true);
    expect(anyChange(rows)).toBe(true);
  });
});
