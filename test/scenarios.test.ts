/**
 * Every file in scenarios/ parses, runs with a fixed seed, and its summary is snapshotted
 * (a change in any of them shows up here, on purpose).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport } from '../src/core/report.ts';
import { parseScenario } from '../src/scenario/index.ts';
import { simulate } from '../src/simulator/simulate.ts';

const dir = join(import.meta.dirname, '..', 'scenarios');
const files = readdirSync(dir)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();

describe('bundled scenarios', () => {
  it('include the bank and at least two scenarios of a different shape', () => {
    expect(files).toContain('bank-money-transfer.yaml');
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)(
    '%s parses without errors or warnings, runs, and its summary is stable',
    (file) => {
      const result = parseScenario(readFileSync(join(dir, file), 'utf8'), file);
      if (!result.ok)
        throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
      expect(result.warnings).toEqual([]);
      const report = runReport(result.scenario, simulate(result.scenario, 'snapshot'));
      const summary = report.services.map((s) => ({
        service: s.service,
        availabilityInAgreedHours: s.availabilityInAgreedHours,
        downtimeInAgreedHoursMinutes: s.downtimeInAgreedHoursMinutes,
        degradedInAgreedHoursMinutes: s.degradedInAgreedHoursMinutes,
        outages: s.outages.map(
          (o) =>
            `${o.start} -> ${o.end} (${o.minutesInAgreedHours} min in agreed hours, RTO ${o.rtoMet ? 'met' : 'breached'})`,
        ),
        unservedTransactions: s.unservedTransactions,
        cost: s.cost,
        worstDataLossMinutes: s.worstDataLossMinutes,
      }));
      expect({ events: report.events, summary }).toMatchSnapshot();
    },
  );
});
