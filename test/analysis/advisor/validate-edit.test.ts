import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScenarioEdit } from '../../../src/analysis/advisor/types.ts';
import { editProblem } from '../../../src/analysis/advisor/validate-edit.ts';
import { parseScenario } from '../../../src/scenario/index.ts';

const loaded = parseScenario(
  readFileSync(join(import.meta.dirname, '../../../scenarios/bank-money-transfer.yaml'), 'utf8'),
);
if (!loaded.ok) throw new Error('bank scenario invalid');
const bank = loaded.scenario;
const check = (edit: unknown) => editProblem(edit as ScenarioEdit, bank);

describe('checking an edit from a link', () => {
  it('accepts edits that fit the scenario', () => {
    expect(check({ kind: 'set-capacity', component: 'lb-a', capacity: 900 })).toBeNull();
    expect(
      check({
        kind: 'set-step-duration',
        plan: 'db-rebuild',
        step: 'rebuild',
        duration: { type: 'fixed', value: 3_600_000 },
      }),
    ).toBeNull();
    expect(
      check({ kind: 'set-objective', service: 'transfers', objective: 'rto', value: 3_600_000 }),
    ).toBeNull();
  });

  it('names what is missing or unknown', () => {
    expect(check({ kind: 'set-capacity', component: 'lb-a' })).toBe('expected a capacity above 0');
    expect(check({ kind: 'set-capacity', component: 'db-9', capacity: 5 })).toBe(
      "unknown component 'db-9'",
    );
    expect(check({ kind: 'set-step-duration', plan: 'db-rebuild', step: 'rebuild' })).toBe(
      'expected a duration',
    );
    expect(
      check({
        kind: 'set-step-duration',
        plan: 'db-rebuild',
        step: 'nap',
        duration: { type: 'fixed', value: 1 },
      }),
    ).toBe("plan 'db-rebuild' has no step 'nap'");
    expect(check({ kind: 'set-step-owner', plan: 'nope', step: 'x', owner: 'y' })).toBe(
      "unknown plan 'nope'",
    );
    expect(
      check({
        kind: 'set-step-duration',
        plan: 'db-rebuild',
        step: 'rebuild',
        duration: { type: 'uniform', min: 5, max: 1 },
      }),
    ).toBe('expected a range with min <= max');
    expect(check({ kind: 'split-dependency', component: 'app-1', dependency: 'dc-9' })).toBe(
      "unknown component 'dc-9'",
    );
    expect(check({ kind: 'set-objective', service: 'transfers', objective: 'sla', value: 1 })).toBe(
      'expected the objective rto, rpo or mtpd',
    );
  });
});
