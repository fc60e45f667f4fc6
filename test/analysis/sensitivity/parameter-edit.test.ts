import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/analysis/advisor/apply-edit.ts';
import { describeEdit } from '../../../src/analysis/advisor/describe-edit.ts';
import type { ScenarioEdit } from '../../../src/analysis/advisor/types.ts';
import { editProblem } from '../../../src/analysis/advisor/validate-edit.ts';
import {
  parameterEdit,
  parameterValue,
  sensitivityParameters,
  withParameter,
} from '../../../src/analysis/sensitivity/index.ts';
import type { FailureModel } from '../../../src/core/model.ts';
import { hours, minutes } from '../../../src/core/time.ts';
import { bank } from './bank.ts';

const params = sensitivityParameters(bank, 'transfers');
const info = (id: string) => params.find((p) => p.id === id)!;

describe('withParameter(scenario, parameter, value)', () => {
  it.each(params.map((p) => [p.id, p] as const))(
    'sets %s so that reading it back gives the value',
    (_, p) => {
      const value = p.unit === 'tpm' ? 777 : p.unit === 'people' ? 3 : 42.5;
      const changed = withParameter(bank, p.parameter, value);
      expect(parameterValue(changed, p.parameter)).toBeCloseTo(value, 9);
      expect(
        sensitivityParameters(changed, 'transfers').find((x) => x.id === p.id)?.current,
      ).toBeCloseTo(value, 9);
    },
  );

  it('round-trips any positive value of any parameter', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...params),
        fc.double({ min: 0.01, max: 1e7, noNaN: true }),
        (p, value) => {
          const changed = withParameter(bank, p.parameter, value);
          // a team's size is a whole number of people, at least one
          // a working day is at most 24 h
          const set =
            p.unit === 'people'
              ? Math.max(1, Math.round(value))
              : p.parameter.kind === 'team-hours'
                ? Math.min(value, 24 * 60)
                : value;
          expect(parameterValue(changed, p.parameter) / set).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it('is applyEdit of parameterEdit, and leaves the input and every other parameter alone', () => {
    const before = JSON.stringify(bank);
    const p = info('step-duration:db-rebuild:rebuild').parameter;
    const edit = parameterEdit(p, 110, bank);
    expect(withParameter(bank, p, 110)).toEqual(applyEdit(bank, edit));
    expect(JSON.stringify(bank)).toBe(before);
    const changed = withParameter(bank, p, 110);
    for (const other of params.filter((x) => x.id !== 'step-duration:db-rebuild:rebuild'))
      expect(parameterValue(changed, other.parameter)).toBe(other.current);
  });

  it('scales a step to the new mean and keeps its shape: the 2h/3h/6h rebuild at 110 min is 1h/1.5h/3h', () => {
    const edit = parameterEdit(info('step-duration:db-rebuild:rebuild').parameter, 110, bank);
    expect(edit).toEqual({
      kind: 'set-step-duration',
      plan: 'db-rebuild',
      step: 'rebuild',
      duration: { type: 'triangular', min: minutes(60), likely: minutes(90), max: minutes(180) },
    });
  });

  it('makes edits that pass the checks on shared links', () => {
    for (const p of params)
      expect(editProblem(parameterEdit(p.parameter, p.range[0], bank), bank)).toBeNull();
  });

  it('keeps a Weibull component Weibull when its MTBF is set', () => {
    const changed = withParameter(bank, info('mtbf:db-1').parameter, 60 * 1000);
    const db = changed.components.find((c) => c.id === 'db-1')!;
    expect(db.failure.type).toBe('weibull');
    if (db.failure.type === 'weibull') {
      expect(db.failure.shape).toBe(1.5);
      expect(db.failure.scale / hours(1)).toBeCloseTo(1000 / 0.9027452929509336, 9);
    }
  });
});

describe("applyEdit with a 'set-mtbf' edit", () => {
  const onModel = (failure: FailureModel) => {
    const s = {
      ...bank,
      components: bank.components.map((c) => (c.id === 'lb-a' ? { ...c, failure } : c)),
    };
    const edit: ScenarioEdit = { kind: 'set-mtbf', component: 'lb-a', mtbf: hours(100) };
    return applyEdit(s, edit).components.find((c) => c.id === 'lb-a')!.failure;
  };

  it('sets an exponential model’s mtbf', () => {
    expect(onModel({ type: 'exponential', mtbf: hours(5) })).toEqual({
      type: 'exponential',
      mtbf: hours(100),
    });
  });

  it('sets a Weibull model’s scale to mtbf / Γ(1 + 1/k): 100 h at k = 2 is 112.838 h', () => {
    const f = onModel({ type: 'weibull', shape: 2, scale: hours(5) });
    expect(f.type === 'weibull' && f.shape).toBe(2);
    // Γ(1.5) = √π / 2
    expect(f.type === 'weibull' && f.scale / hours(1)).toBeCloseTo(200 / Math.sqrt(Math.PI), 10);
  });

  it('sets a lognormal model’s median to mtbf / e^(σ²/2): 100 h at σ = 1 is 60.653 h', () => {
    const f = onModel({ type: 'lognormal', median: hours(5), sigma: 1 });
    expect(f.type === 'lognormal' && f.sigma).toBe(1);
    expect(f.type === 'lognormal' && f.median / hours(1)).toBeCloseTo(100 * Math.exp(-0.5), 10);
  });

  it('gives a component that never failed exponential failures', () => {
    expect(onModel({ type: 'none' })).toEqual({ type: 'exponential', mtbf: hours(100) });
  });

  it('leaves the scenario as it was for an unknown component', () => {
    expect(applyEdit(bank, { kind: 'set-mtbf', component: 'nope', mtbf: hours(1) })).toEqual(bank);
  });
});

describe("checking and describing a 'set-mtbf' edit", () => {
  const check = (edit: unknown) => editProblem(edit as ScenarioEdit, bank);

  it('accepts a known component with an MTBF above 0', () => {
    expect(check({ kind: 'set-mtbf', component: 'db-1', mtbf: hours(100) })).toBeNull();
  });

  it('names an unknown component, and an MTBF that is missing, 0, negative or infinite', () => {
    expect(check({ kind: 'set-mtbf', component: 'db-9', mtbf: hours(1) })).toBe(
      "unknown component 'db-9'",
    );
    for (const mtbf of [undefined, 0, -5, Infinity, NaN, '10h'])
      expect(check({ kind: 'set-mtbf', component: 'db-1', mtbf })).toBe('expected an MTBF above 0');
  });

  it('describes it in hours', () => {
    expect(describeEdit({ kind: 'set-mtbf', component: 'db-1', mtbf: hours(2500) })).toBe(
      'db-1 fails every 2500 h on average',
    );
    expect(describeEdit({ kind: 'set-mtbf', component: 'lb', mtbf: minutes(90) })).toBe(
      'lb fails every 1.5 h on average',
    );
  });
});
