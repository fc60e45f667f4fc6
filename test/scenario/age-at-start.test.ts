import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hours } from '../../src/core/time.ts';
import { diffScenarios } from '../../src/scenario/diff.ts';
import { formatIssue, parseScenario, type LoadResult } from '../../src/scenario/index.ts';
import { BASE, BASE_LINES, withLine } from './fixtures.ts';

const bankText = readFileSync(
  new URL('../../scenarios/bank-money-transfer.yaml', import.meta.url),
  'utf8',
);

function ok(result: LoadResult) {
  if (!result.ok) throw new Error(result.errors.map((e) => formatIssue(e)).join('\n'));
  return result;
}
const agesOf = (r: LoadResult) =>
  Object.fromEntries(ok(r).scenario.components.map((c) => [c.id, c.ageAtStart]));

/** The base with `ageAtStart:` after the horizon (line 4) and on db-1 (after line 29). */
function aged(top: string | null, db1: string | null): string {
  const lines = [...BASE_LINES];
  if (db1 !== null) lines.splice(29, 0, `    ageAtStart: ${db1}`);
  if (top !== null) lines.splice(4, 0, `ageAtStart: ${top}`);
  return `${lines.join('\n')}\n`;
}

describe('ageAtStart in the file', () => {
  it('is new for every component by default: the bank starts brand new', () => {
    expect(Object.values(agesOf(parseScenario(BASE)))).toEqual([
      { type: 'new' },
      { type: 'new' },
      { type: 'new' },
    ]);
    const bank = Object.values(agesOf(parseScenario(bankText, 'bank.yaml')));
    expect(new Set(bank.map((a) => a.type))).toEqual(new Set(['new']));
  });

  it('at the top level sets every component, and a component of its own overrides it', () => {
    expect(agesOf(parseScenario(aged('steady-state', null)))).toEqual({
      lb: { type: 'steady-state' },
      'db-1': { type: 'steady-state' },
      'db-2': { type: 'steady-state' },
    });
    expect(agesOf(parseScenario(aged('steady-state', '3000h')))).toEqual({
      lb: { type: 'steady-state' },
      'db-1': { type: 'age', age: hours(3000) },
      'db-2': { type: 'steady-state' },
    });
    expect(agesOf(parseScenario(aged(null, 'steady-state')))['db-2']).toEqual({ type: 'new' });
  });

  it('explains a misspelt word, a number without a unit and a bad unit, at their line', () => {
    const misspelt = parseScenario(aged('stedy-state', null));
    expect(misspelt.ok).toBe(false);
    expect(misspelt.ok ? [] : misspelt.errors).toEqual([
      expect.objectContaining({
        path: 'ageAtStart',
        line: 5,
        message: 'expected an age at start (new, steady-state or a duration), got "stedy-state"',
        hint: 'did you mean steady-state?',
      }),
    ]);
    const bare = parseScenario(aged(null, '3000'));
    const bareIssues = bare.ok ? [] : bare.errors;
    expect(bareIssues).toHaveLength(1);
    expect(bareIssues[0]).toMatchObject({ path: 'components[1].ageAtStart', line: 30 });
    expect(bareIssues[0]?.message).toMatch(/^expected an age at start .*a duration with a unit/);
    const unit = parseScenario(aged(null, '3y'));
    expect((unit.ok ? [] : unit.errors).map((i) => i.message)).toEqual([
      'expected an age at start (new, steady-state or a duration): unknown time unit "y" in "3y"; units are w, d, h, m, s',
    ]);
  });

  it('warns when a component of its own ages but fails at a constant rate or not at all', () => {
    // db-1 fails exponentially (line 29): its age changes nothing.
    const r = ok(parseScenario(aged(null, 'steady-state')));
    expect(r.warnings.map((w) => [w.path, w.message])).toEqual([
      [
        'components[1].ageAtStart',
        'component db-1 fails at a constant rate (exponential), which does not depend on its age: its age at start changes nothing',
      ],
    ]);
    const weibull = withLine(29, '    failure: { weibull: { shape: 1.5, scale: 4000h } }');
    const lines = weibull.split('\n');
    lines.splice(29, 0, '    ageAtStart: steady-state');
    expect(ok(parseScenario(lines.join('\n'))).warnings).toEqual([]);
    // The top-level default warns about nothing: it applies where it can.
    expect(ok(parseScenario(aged('steady-state', null))).warnings).toEqual([]);
  });

  it('can change in a variant, for the scenario or for one component, and the change reads in words', () => {
    const text = `${BASE}variants:\n  - { name: aged, changes: { ageAtStart: steady-state } }\n  - { name: old-db, changes: { components: { db-1: { ageAtStart: 8000h } } } }\n`;
    const r = ok(parseScenario(text));
    const [aged, oldDb] = r.variants.map((v) => v.scenario);
    expect(aged!.components.map((c) => c.ageAtStart.type)).toEqual([
      'steady-state',
      'steady-state',
      'steady-state',
    ]);
    expect(oldDb!.components.map((c) => c.ageAtStart)).toEqual([
      { type: 'new' },
      { type: 'age', age: hours(8000) },
      { type: 'new' },
    ]);
    expect(diffScenarios(r.scenario, oldDb!).map((c) => c.text)).toEqual([
      expect.stringMatching(/db-1.*age at start.*new.*8000h without a failure/),
    ]);
  });
});
