/**
 * Large scenario files, generated: the inputs `npm run bench` times the parse of and the
 * tests check the answers for (never the time). Each is written as a person or a script
 * would write it, so the line of every key is known: key `k<i>` of `bankWithKeys` is on
 * line `BANK_LINES + i + 1`.
 */
import { parse } from 'yaml';
import { LIMITS } from '../scenario/limits.ts';
import { BANK_TEXT } from './fuzz-inputs.ts';

/** Lines of the bank scenario (its text ends with a newline). */
export const BANK_LINES = BANK_TEXT.split('\n').length - 1;

/**
 * The bank scenario followed by `keys` top-level keys it does not know (`k0: 0`, `k1: 1`, ...):
 * the file of the report "10k unknown keys take 5.4 s". With `duplicate`, the last key
 * repeats key `k<duplicate>`.
 */
export function bankWithKeys(keys: number, duplicate?: number): string {
  const lines: string[] = [];
  for (let i = 0; i < keys; i++) lines.push(`k${i}: ${i}`);
  if (duplicate !== undefined) lines.push(`k${duplicate}: again`);
  return `${BANK_TEXT}${lines.join('\n')}\n`;
}

/** The same as `bankWithKeys(keys)`, written as JSON (one key per line). */
export function bankJsonWithKeys(keys: number): string {
  const doc = parse(BANK_TEXT) as Record<string, unknown>;
  for (let i = 0; i < keys; i++) doc[`k${i}`] = i;
  return JSON.stringify(doc, null, 1);
}

/** The bank followed by as many unknown keys as fit under the size limit: the largest such file. */
export function bankWithKeysUpToLimit(): { text: string; keys: number } {
  const lines: string[] = [];
  let size = BANK_TEXT.length;
  for (let i = 0; ; i++) {
    const line = `k${i}: ${i}\n`;
    if (size + line.length > LIMITS.textBytes) return { text: BANK_TEXT + lines.join(''), keys: i };
    lines.push(line);
    size += line.length;
  }
}

/** The bank's components, each followed by `keysEach` keys it does not know: unknown keys deep in a list. */
export function bankWithNestedKeys(keysEach: number): string {
  let n = 0;
  return BANK_TEXT.replace(/^( {4}kind: [\w-]+)$/gm, (line) => {
    const extra: string[] = [];
    for (let i = 0; i < keysEach; i++) extra.push(`    x${n++}: ${i}`);
    return `${line}\n${extra.join('\n')}`;
  });
}

/**
 * A valid scenario at the file limits: `components` components shared out among 200 services
 * (each needs one of its share), one plan, and `injects` injects (a fail and a restore of each
 * component in turn). With `unknownComponent`, every inject names a component that does not
 * exist (an error each, with a "did you mean").
 */
export function scenarioAtLimits(
  components = 2000,
  injects = 10_000,
  unknownComponent = false,
): string {
  const out = [
    'schema: continuity-scenario/2',
    'name: At the limits',
    'start: 2026-01-05T00:00',
    'horizon: 365d',
    'calendar:',
    '  agreedHours:',
    '    mon-fri: "09:00-17:00"',
    'services:',
  ];
  const services = Math.min(200, components);
  for (let s = 0; s < services; s++) {
    const share: string[] = [];
    for (let c = s; c < components; c += services) share.push(`c${c}`);
    out.push(
      `  - id: s${s}`,
      `    requires: { atLeast: 1, of: [${share.join(', ')}] }`,
      '    objectives: { availability: 99.5%, rto: 2h, rpo: 15m, mtpd: 8h, mbco: 50% }',
      '    impact: { costPerHour: 1000 }',
      '    demand: { tpm: 100 }',
    );
  }
  out.push('components:');
  for (let c = 0; c < components; c++)
    out.push(
      `  - id: c${c}`,
      `    name: Component ${c}`,
      '    kind: server',
      '    capacity: 500',
      '    failure: { exponential: { mtbf: 5000h } }',
      '    recovery: rebuild',
    );
  out.push(
    'plans:',
    '  - id: rebuild',
    '    steps:',
    '      - { id: assess, duration: 5m-15m, owner: ops }',
    '      - { id: repair, duration: 1h-3h, owner: ops, after: [assess] }',
    'injects:',
  );
  for (let i = 0; i < injects; i++) {
    const component = `${unknownComponent ? 'cx' : 'c'}${Math.floor(i / 2) % components}`;
    const at = `+${Math.floor(i / 2)}h${i % 2 === 0 ? '' : '30m'}`;
    out.push(
      `  - { at: ${at}, action: ${i % 2 === 0 ? 'fail' : 'restore'}, component: ${component} }`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** `text` (a scenario at the limits) with `count` variants, each changing one component. */
export function withVariants(text: string, count: number): string {
  const variants = Array.from(
    { length: count },
    (_, i) => `  - { name: v${i}, changes: { components: { c${i}: { capacity: ${600 + i} } } } }`,
  );
  return `${text}variants:\n${variants.join('\n')}\n`;
}

/** The bank whose calendar has `count` exceptions of a whole year each (the same year). */
export function bankWithYearLongExceptions(count: number): string {
  const year = '    - { date: 2026-01-01, to: 2026-12-31, closed: true }';
  return BANK_TEXT.replace(
    /^ {2}exceptions:\n(?: {4}- .*\n)+/m,
    `  exceptions:\n${Array.from({ length: count }, () => year).join('\n')}\n`,
  );
}
