/** The bundled scenarios of scenarios/, parsed. */
import { readdirSync, readFileSync } from 'node:fs';
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

/** A scenario file (path from the project's folder), parsed; throws if it does not parse. */
export function scenarioFile(path: string): Scenario {
  const r = parseScenario(readFileSync(path, 'utf8'), path);
  if (!r.ok) throw new Error(`${path} does not parse`);
  return r.scenario;
}

/** Every scenario file in scenarios/, parsed, with its id (the file name without extension). */
export function bundledScenarios(): { id: string; scenario: Scenario }[] {
  const dir = join(import.meta.dirname, '..', '..', 'scenarios');
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => {
      const r = parseScenario(readFileSync(join(dir, f), 'utf8'), f);
      if (!r.ok) throw new Error(`${f} does not parse`);
      return { id: f.replace(/\.(ya?ml|json)$/, ''), scenario: r.scenario };
    });
}

/**
 * A bundled scenario without its recovery teams: every step owner an unlimited team, always at
 * work, as before teams existed. For tests whose hand computations are about something else
 * (RTO verdicts, corruption, the heatmap's replay) and predate the bank's teams.
 */
export function withoutTeams(scenario: Scenario): Scenario {
  const { teams: _teams, ...rest } = scenario;
  return rest;
}
