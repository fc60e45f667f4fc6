import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toJsonText } from '../../src/scenario/document/index.ts';
import { formatIssue, parseScenario } from '../../src/scenario/index.ts';
import { migrate, parseAnyVersion, type AnyVersionResult } from '../../src/scenario/migrate.ts';
import { BANK, parsed } from './document/helpers.ts';

/** A pre-release (continuity-scenario/0) file: hours, objectives in minutes, mtbfHours. */
const V0 = `# A small bank, written before the first release
schema: continuity-scenario/0
name: Small bank
start: 2026-01-05T00:00
horizon: 30d
hours:
  mon-fri: "09:00-16:00" # business days
services:
  - id: transfers
    requires: { series: [lb, { atLeast: 1, of: [db-1, db-2] }] }
    objectives: { availability: 99.5%, rto: 120, rpo: 15, mtpd: 480, mbco: 50% }
    impact: { costPerHour: 40000 }
    demand: { tpm: 1000 }
components:
  - { id: lb, kind: load-balancer, capacity: 5000, mtbfHours: 20000, recovery: db-failover }
  - id: db-1
    kind: database
    mtbfHours: 2500 # about 100 days
    recovery: db-failover
  - { id: db-2, kind: database, recovery: db-failover }
plans:
  - id: db-failover
    steps:
      - { id: promote, duration: 10m-20m }
`;

/** The same scenario written by hand in the current format. */
const V1 = `schema: continuity-scenario/2
name: Small bank
start: 2026-01-05T00:00
horizon: 30d
calendar:
  agreedHours: { mon-fri: "09:00-16:00" }
services:
  - id: transfers
    requires: { series: [lb, { atLeast: 1, of: [db-1, db-2] }] }
    objectives: { availability: 99.5%, rto: 2h, rpo: 15m, mtpd: 8h, mbco: 50% }
    impact: { costPerHour: 40000 }
    demand: { tpm: 1000 }
components:
  - { id: lb, kind: load-balancer, capacity: 5000, failure: { exponential: { mtbf: 20000h } }, recovery: db-failover }
  - { id: db-1, kind: database, failure: { exponential: { mtbf: 2500h } }, recovery: db-failover }
  - { id: db-2, kind: database, recovery: db-failover }
plans:
  - id: db-failover
    steps:
      - { id: promote, duration: 10m-20m }
`;

const MBCO_NOTE =
  'services[0].objectives.mbco: 50% is now 50% of the demand at each moment, no longer of the installed capacity (so more capacity never makes the service look worse); to keep a fixed floor instead, write a rate such as "mbco: 600 tpm"';

function ok(result: AnyVersionResult) {
  if (!result.ok) throw new Error(result.errors.map((e) => formatIssue(e)).join('\n'));
  return result;
}

describe('migrate(data)', () => {
  it('brings continuity-scenario/0 data to /2 and says what changed', () => {
    const data = parse(V0) as unknown;
    const copy = structuredClone(data);
    const result = migrate(data);
    expect(result).toEqual({
      ok: true,
      data: parse(V1) as unknown,
      from: 'continuity-scenario/0',
      notes: [
        'schema: continuity-scenario/0 → continuity-scenario/2',
        'calendar.agreedHours from hours',
        'services[0].objectives.rto: 120 (minutes) → 2h',
        'services[0].objectives.rpo: 15 (minutes) → 15m',
        'services[0].objectives.mtpd: 480 (minutes) → 8h',
        'components[0].failure: { exponential: { mtbf: 20000h } } from mtbfHours: 20000',
        'components[1].failure: { exponential: { mtbf: 2500h } } from mtbfHours: 2500',
        MBCO_NOTE,
      ],
    });
    expect(data).toEqual(copy);
  });

  it('brings continuity-scenario/1 data to /2, keeping the MBCO and saying it is now judged against demand', () => {
    const data = parse(V1.replace('continuity-scenario/2', 'continuity-scenario/1')) as unknown;
    expect(migrate(data)).toEqual({
      ok: true,
      data: parse(V1) as unknown,
      from: 'continuity-scenario/1',
      notes: ['schema: continuity-scenario/1 → continuity-scenario/2', MBCO_NOTE],
    });
  });

  it('writes minutes the way people do: 90 -> 1h30m, 0.5 -> 30s', () => {
    const data = {
      schema: 'continuity-scenario/0',
      services: [{ objectives: { rto: 90, rpo: 0.5 } }],
    };
    const result = migrate(data);
    expect(result.ok && result.data).toMatchObject({
      services: [{ objectives: { rto: '1h30m', rpo: '30s' } }],
    });
  });

  it('leaves current data as it is', () => {
    const data = parse(BANK) as unknown;
    expect(migrate(data)).toEqual({ ok: true, data, from: 'continuity-scenario/2', notes: [] });
  });

  it('reads data without a schema key as the current version, with a note asking to add it', () => {
    expect(migrate({ name: 'x' })).toEqual({
      ok: true,
      data: { schema: 'continuity-scenario/2', name: 'x' },
      from: null,
      notes: [
        'the file has no schema key, so it was read as continuity-scenario/2; add "schema: continuity-scenario/2" as its first key',
      ],
    });
  });

  it('refuses a newer version, an unknown one, and a version that is not text', () => {
    expect(migrate({ schema: 'continuity-scenario/3' })).toEqual({
      ok: false,
      reason:
        'this file is for a newer version of the simulator (continuity-scenario/3); this app reads continuity-scenario/0, /1 and /2',
      hint: 'open it with a newer version of the simulator, or save it from there as continuity-scenario/2',
    });
    expect(migrate({ schema: 'foo' })).toEqual({
      ok: false,
      reason: 'unknown format version "foo"; this app reads continuity-scenario/0, /1 and /2',
      hint: 'schema: continuity-scenario/2',
    });
    expect(migrate({ schema: 1 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/must be text/) as string,
    });
    expect(migrate([1, 2])).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/got a list/) as string,
    });
  });

  it('refuses /0 data it cannot migrate without guessing', () => {
    const both = { schema: 'continuity-scenario/0', hours: {}, calendar: {} };
    expect(migrate(both)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/both hours/) as string,
    });
    const text = { schema: 'continuity-scenario/0', components: [{ id: 'a', mtbfHours: 'long' }] };
    expect(migrate(text)).toEqual({
      ok: false,
      reason: 'components[0].mtbfHours must be a number of hours, got "long"',
      hint: 'mtbfHours: 2500',
    });
  });
});

describe('parseAnyVersion(text, fileName)', () => {
  it('reads a /0 file as the same scenario as its hand-written /2 equivalent', () => {
    const result = ok(parseAnyVersion(V0, 'small.yaml'));
    expect(result.scenario).toEqual(parsed(V1).scenario);
    expect(result.migratedFrom).toBe('continuity-scenario/0');
    expect(result.notes).toHaveLength(8);
    expect(result.warnings).toEqual([]);
  });

  it('gives the migrated text with the comments of the original', () => {
    const { text } = parseAnyVersion(V0);
    expect(text).toContain(
      '# A small bank, written before the first release\nschema: continuity-scenario/2\n',
    );
    expect(text).toContain('    failure: { exponential: { mtbf: 2500h } } # about 100 days\n');
    expect(parse(text)).toEqual(parse(V1));
  });

  it('points the issues of a migrated file at the lines of the original', () => {
    const broken = V0.replace('mtbfHours: 2500', 'mtbfHours: 0').replace(
      'capacity: 5000',
      'capacity: -1',
    );
    const result = parseAnyVersion(broken, 'small.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.path, e.line])).toEqual([
      ['components[0].capacity', 15],
      ['components[1].failure.exponential.mtbf', 18],
    ]);
    const hours = parseAnyVersion(V0.replace('"09:00-16:00"', '"19:00-16:00"'));
    expect(!hours.ok && hours.errors.map((e) => [e.path, e.line, e.column])).toEqual([
      ['calendar.agreedHours["mon-fri"]', 7, 12],
    ]);
  });

  it('reads a /0 file written as JSON', () => {
    const json = toJsonText(V0);
    const result = ok(parseAnyVersion(json, 'small.json'));
    expect(result.scenario).toEqual(parsed(V1).scenario);
    expect(JSON.parse(result.text)).toMatchObject({ schema: 'continuity-scenario/2' });
  });

  it('reads a current file exactly as parseScenario does, without the $schema warning of JSON', () => {
    const result = ok(parseAnyVersion(BANK, 'bank.yaml'));
    const direct = parseScenario(BANK, 'bank.yaml');
    expect(result).toEqual({ ...direct, migratedFrom: null, notes: [], text: BANK });
    expect(ok(parseAnyVersion(toJsonText(BANK), 'bank.json')).warnings).toEqual([]);
  });

  it('reads a file without a schema key, with the note', () => {
    const text = V1.replace('schema: continuity-scenario/2\n', '');
    const result = ok(parseAnyVersion(text));
    expect(result.scenario).toEqual(parsed(V1).scenario);
    expect(result.migratedFrom).toBeNull();
    expect(result.notes).toEqual([expect.stringMatching(/^the file has no schema key/) as string]);
    expect(result.text).toBe(`schema: continuity-scenario/2\n${text}`);
  });

  it('refuses a newer version with the reason, at the line of the schema key', () => {
    const result = parseAnyVersion(
      '# future\nschema: continuity-scenario/3\nname: x\n',
      'new.yaml',
    );
    expect(result).toMatchObject({ ok: false, migratedFrom: null, notes: [] });
    expect(!result.ok && result.errors.map((e) => formatIssue(e, 'new.yaml'))).toEqual([
      'new.yaml:2:9 error schema: this file is for a newer version of the simulator (continuity-scenario/3); this app reads continuity-scenario/0, /1 and /2. Hint: open it with a newer version of the simulator, or save it from there as continuity-scenario/2',
    ]);
  });

  it('reports an unreadable file as such', () => {
    const result = parseAnyVersion('name: [x\n', 'bad.yaml');
    expect(result).toMatchObject({
      ok: false,
      migratedFrom: null,
      notes: ['the file could not be read, so its format version is not known'],
    });
    expect(!result.ok && result.errors[0]?.message).toMatch(/^YAML syntax error/);
  });
});
