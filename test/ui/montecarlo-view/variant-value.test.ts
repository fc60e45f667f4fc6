import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/analysis/advisor/index.ts';
import { sensitivityParameters } from '../../../src/analysis/sensitivity/index.ts';
import { minutes } from '../../../src/core/time.ts';
import { variantEdit, variantValueText } from '../../../src/ui/montecarlo-view/variant-value.ts';
import { bundled } from '../../support/bundled.ts';

const bank = bundled('bank-money-transfer');
const info = (id: string) => {
  const found = sensitivityParameters(bank, 'transfers').find((p) => p.id === id);
  if (!found) throw new Error(`no parameter ${id}`);
  return found;
};
const provision = info('step-duration:app-rebuild:provision');

describe("Make a variant: a step's duration is typed as the scenario writes it", () => {
  it('shows the step as written: "30m-1h", not its mean "45m"', () => {
    expect(variantValueText(provision, bank)).toBe('30m-1h');
    expect(variantValueText(info('step-duration:db-rebuild:rebuild'), bank)).toBe(
      'min 2h, likely 3h, max 6h',
    );
    expect(variantValueText(info('step-duration:app-rebuild:verify'), bank)).toBe('10m');
  });

  it('accepts a range and keeps it a range in the variant', () => {
    const made = variantEdit(provision, '15m-30m', bank);
    if ('error' in made) throw new Error(made.error);
    expect(made.shown).toBe('15m-30m');
    const variant = applyEdit(bank, made.edit);
    const step = variant.plans
      .find((p) => p.id === 'app-rebuild')
      ?.steps.find((s) => s.id === 'provision');
    expect(step?.duration).toEqual({ type: 'uniform', min: minutes(15), max: minutes(30) });
  });

  it('refuses what is no duration, naming the parameter and what to type', () => {
    const made = variantEdit(provision, 'soon', bank);
    expect('error' in made && made.error).toMatch(
      /^Duration of Provision a new VM \(Rebuild an app server\): .*30m-1h/,
    );
    const zero = variantEdit(provision, '0m', bank);
    expect('error' in zero && zero.error).toMatch(/longer than zero/);
  });

  it('reads other parameters as numbers, as before', () => {
    const made = variantEdit(info('objective:transfers:rto'), '90m', bank);
    expect(made).toEqual({
      edit: { kind: 'set-objective', service: 'transfers', objective: 'rto', value: minutes(90) },
      shown: '1h30m',
    });
  });
});
