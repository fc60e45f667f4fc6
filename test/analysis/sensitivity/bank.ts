/** The seed's bank, parsed from scenarios/bank-money-transfer.yaml, for the sensitivity and study tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../../../src/scenario/index.ts';

const loaded = parseScenario(
  readFileSync(join(import.meta.dirname, '../../../scenarios/bank-money-transfer.yaml'), 'utf8'),
  'bank-money-transfer.yaml',
);
if (!loaded.ok) throw new Error('bank scenario invalid');
export const bank = loaded.scenario;

/** One of the bank's variants (hours-08-18, rto-1h, one-database), by name. */
export function bankVariant(name: string) {
  const found = loaded.ok ? loaded.variants.find((v) => v.name === name) : undefined;
  if (!found) throw new Error(`the bank has no variant ${name}`);
  return found.scenario;
}
