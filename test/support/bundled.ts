/** The bundled scenarios of scenarios/, parsed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../src/core/model.ts';
import { parseScenario } from '../../src/scenario/index.ts';

export const BUNDLED = ['bank-money-transfer', 'ecommerce-checkout', 'hospital-records'] as const;

export function bundled(name: (typeof BUNDLED)[number]): Scenario {
  const file = join(import.meta.dirname, '..', '..', 'scenarios', `${name}.yaml`);
  const r = parseScenario(readFileSync(file, 'utf8'), `${name}.yaml`);
  if (!r.ok) throw new Error(`${name}.yaml does not parse`);
  return r.scenario;
}
