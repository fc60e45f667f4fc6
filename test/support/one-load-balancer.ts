/**
 * A small scenario for clock tests: one load balancer carries a 24x7 web service (unless other
 * agreed hours are given), optionally in a time zone, failed and restored at written times.
 */
import type { Scenario } from '../../src/core/model.ts';
import { parseScenario } from '../../src/scenario/index.ts';

export function scenarioText(o: {
  zone: string | null;
  start: string;
  horizon?: string;
  hours?: string;
  fail?: string;
  restore?: string;
}): string {
  return [
    'schema: continuity-scenario/2',
    'name: One load balancer',
    ...(o.zone === null ? [] : [`timeZone: ${o.zone}`]),
    `start: ${o.start}`,
    `horizon: ${o.horizon ?? '3d'}`,
    'calendar:',
    '  agreedHours:',
    `    ${o.hours ?? 'mon-sun: "00:00-24:00"'}`,
    'services:',
    '  - id: web',
    '    requires: { series: [lb] }',
    '    objectives: { availability: 99%, rto: 2h, rpo: 1h, mtpd: 8h, mbco: 50% }',
    '    impact: { costPerHour: 6000 }',
    '    demand: { tpm: 100 }',
    'components:',
    '  - { id: lb, kind: load-balancer }',
    ...(o.fail || o.restore ? ['injects:'] : []),
    ...(o.fail ? [`  - { at: "${o.fail}", action: fail, component: lb }`] : []),
    ...(o.restore ? [`  - { at: "${o.restore}", action: restore, component: lb }`] : []),
  ].join('\n');
}

/** The scenario of a text that must parse. */
export function load(text: string, file = 'clock.yaml'): Scenario {
  const r = parseScenario(text, file);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}
