/** The failure storm (test/fixtures/storm.yaml): valid, and refused by the event budget. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../src/core/model.ts';
import { parseScenario } from '../../src/scenario/index.ts';

export const STORM_FILE = join(import.meta.dirname, '..', 'fixtures', 'storm.yaml');

export function storm(): Scenario {
  const r = parseScenario(readFileSync(STORM_FILE, 'utf8'), 'storm.yaml');
  if (!r.ok) throw new Error('storm.yaml does not parse');
  return r.scenario;
}
