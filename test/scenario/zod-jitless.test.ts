/**
 * zod runs without its JIT: its `new Function` probe and compiled parsers would each raise a
 * Content-Security-Policy violation in the app (no 'unsafe-eval'). Every `new Function` is
 * counted from the start of this file, before zod is loaded.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

let constructed = 0;
const Original = globalThis.Function;
globalThis.Function = new Proxy(Original, {
  construct(target, args, newTarget) {
    constructed += 1;
    return Reflect.construct(target, args, newTarget) as object;
  },
});

describe('zod without its JIT', () => {
  it('zod as shipped evaluates code for an object schema (what the CSP reports)', async () => {
    const { z } = await import('zod');
    constructed = 0;
    z.object({ a: z.string() }).parse({ a: 'x' });
    expect(constructed).toBeGreaterThan(0);
  });

  it('the scenario schemas, configured by src/scenario/zod.ts, parse a scenario without evaluating any code', async () => {
    const { parseScenario } = await import('../../src/scenario/index.ts');
    const { z } = await import('../../src/scenario/zod.ts');
    expect(z.config().jitless).toBe(true);
    constructed = 0;
    const result = parseScenario(
      readFileSync('scenarios/bank-money-transfer.yaml', 'utf8'),
      'bank-money-transfer.yaml',
    );
    expect(result.ok).toBe(true);
    expect(constructed).toBe(0);
  });
});
