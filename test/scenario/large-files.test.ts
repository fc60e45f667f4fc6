/**
 * Large files, as `npm run bench` times them (src/cli/large-inputs.ts): here only what the
 * loader answers is checked, never how long it takes.
 */
import { describe, expect, it } from 'vitest';
import {
  BANK_LINES,
  bankWithKeys,
  bankWithNestedKeys,
  scenarioAtLimits,
} from '../../src/cli/large-inputs.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { MAX_ISSUES } from '../../src/scenario/issues.ts';

const KEYS = 50_000;

describe('large files', () => {
  it('parseScenario finds a key repeated at the end of 50,000 keys, at its line, naming the first', () => {
    const result = parseScenario(bankWithKeys(KEYS, 7), 'big.yaml');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        severity: 'error',
        path: '(file)',
        line: BANK_LINES + KEYS + 1,
        column: 1,
        message: `a key appears twice in the same mapping: "k7" (first at line ${BANK_LINES + 8}, column 1)`,
        hint: 'keep one of the two entries',
      },
    ]);
  });

  it('parseScenario loads a file with 50,000 unknown keys, shows 50 of them at their lines and counts the rest', () => {
    const result = parseScenario(bankWithKeys(KEYS), 'big.yaml');
    expect(result.ok).toBe(true);
    expect(result.warnings).toHaveLength(MAX_ISSUES + 1);
    expect(result.warnings[0]).toEqual({
      severity: 'warning',
      path: 'k0',
      line: BANK_LINES + 1,
      column: 1,
      message: 'unknown key "k0" is ignored',
      hint: 'did you mean at?',
    });
    expect(result.warnings[49]).toMatchObject({ path: 'k49', line: BANK_LINES + 50 });
    expect(result.warnings[50]).toMatchObject({
      path: '(file)',
      line: null,
      message: `${KEYS - MAX_ISSUES} more issue(s) not shown`,
    });
  });

  it('parseScenario locates unknown keys deep in a list (each component holding 2,000)', () => {
    const text = bankWithNestedKeys(2000);
    const result = parseScenario(text, 'nested.yaml');
    expect(result.ok).toBe(true);
    const lines = text.split('\n');
    const shown = result.warnings.slice(0, MAX_ISSUES);
    expect(shown[0]?.path).toBe('components[0].x0');
    for (const w of shown) {
      const key = /\.(x\d+)$/.exec(w.path)?.[1];
      expect(lines[(w.line ?? 0) - 1]).toBe(`    ${key}: ${Number(key?.slice(1)) % 2000}`);
    }
    expect(result.warnings[MAX_ISSUES]?.message).toBe(
      `${6 * 2000 - MAX_ISSUES} more issue(s) not shown`,
    );
  });

  it('parseScenario loads a scenario at the limits (2,000 components, 10,000 injects)', () => {
    const result = parseScenario(scenarioAtLimits(), 'limits.yaml');
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.scenario.components).toHaveLength(2000);
    expect(result.ok && result.scenario.injects).toHaveLength(10_000);
  });

  it('parseScenario reports 10,000 unknown components: 50 shown with a suggestion each, and the count of the rest', () => {
    const result = parseScenario(scenarioAtLimits(2000, 10_000, true), 'limits.yaml');
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(MAX_ISSUES + 1);
    expect(errors[0]).toMatchObject({
      path: 'injects[0].component',
      message: 'unknown component "cx0"',
      hint: 'did you mean c0?',
    });
    expect(errors[MAX_ISSUES]?.message).toBe(`${10_000 - MAX_ISSUES} more issue(s) not shown`);
  });
});
