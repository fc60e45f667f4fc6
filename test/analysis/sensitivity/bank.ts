/** The seed's bank, parsed from scenarios/bank-money-transfer.yaml, for the sensitivity tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../../../src/scenario/index.ts';

const loaded = parseScenario(
  readFileSync(join(import.meta.dirname, '../../../scenarios/bank-money-transfer.yaml'), 'utf8'),
  'bank-money-transfer.yaml',
);
if (!loaded.ok) throw new Error('bank scenario invalid');
export const bank = loaded.scenario;
