import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  csvField,
  traceCsvChunks,
  traceJsonChunks,
  traceToCsv,
  traceToJson,
} from '../../src/analysis/trace-export.ts';
import type { Inject } from '../../src/core/model.ts';
import { hours, minutes } from '../../src/core/time.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { bank } from '../support/bank-model.ts';
import { at, component, scenario, series, service } from '../support/model-builder.ts';

const fail = (t: number, id: string): Inject => ({ at: t as never, action: 'fail', component: id });

/** A minimal RFC 4180 reader, to check what the writer wrote. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('trace export', () => {
  const s = bank({
    injects: [fail(at(2, 15, 30), 'app-1'), fail(at(2, 15, 30), 'app-2')],
    horizonDays: 7,
  });
  const trace = simulate(s, 'hand');

  it('traceToCsv writes a header and one CRLF-terminated row per trace event', () => {
    const csv = traceToCsv(s, trace);
    expect(csv.startsWith('time,local_time,type,subject,from,to,cause,detail\r\n')).toBe(true);
    const rows = readCsv(csv);
    expect(rows).toHaveLength(trace.events.length + 1);
    expect(rows.every((r) => r.length === 8)).toBe(true);
    expect(rows[2]).toEqual([
      String(at(2, 15, 30)),
      '2026-01-07T15:30',
      'component',
      'app-1',
      'operational',
      'failed',
      'inject',
      'capacity share 0',
    ]);
    expect(rows.find((r) => r[2] === 'service')).toEqual([
      String(at(2, 15, 30)),
      '2026-01-07T15:30',
      'service',
      'transfers',
      'up',
      'down',
      '',
      'capacity 0 tpm; demand 800 tpm; not working: app-1 app-2',
    ]);
  });

  it('quotes fields holding commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    const odd = 'db,"1"';
    const tricky = scenario({
      components: [component(odd)],
      services: [service('svc', series(odd))],
      injects: [fail(at(0, 1), odd)],
    });
    const t = simulate(tricky, 1);
    const csv = traceToCsv(tricky, t);
    expect(csv).toContain('"db,""1"""');
    const rows = readCsv(csv);
    expect(rows).toHaveLength(t.events.length + 1);
    expect(rows[1]?.[3]).toBe(odd);
  });

  it('traceToJson writes the scenario name, seed, start, horizon, events and intervals', () => {
    const json = traceToJson(s, trace);
    expect(json).toContain('\n  "seed": "hand"');
    expect(JSON.parse(json)).toEqual({
      scenario: 'bank (hand-built)',
      seed: 'hand',
      start: '2026-01-05T00:00',
      horizon: trace.horizon,
      events: trace.events,
      intervals: trace.intervals,
    });
  });

  it('traceJsonChunks and traceCsvChunks give, in pieces, the very bytes of one whole serialization', () => {
    const { seed, horizon, events, intervals } = trace;
    const whole = `${JSON.stringify({ scenario: s.name, seed, start: s.start, horizon, events, intervals }, null, 2)}\n`;
    expect([...traceJsonChunks(s, trace)].join('')).toBe(whole);
    expect(traceToJson(s, trace)).toBe(whole);
    const csv = [...traceCsvChunks(s, trace)].join('');
    expect(csv.startsWith('time,local_time,type,subject,from,to,cause,detail\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(trace.events.length + 2);
  });
});

describe('trace export of a scenario with a time zone', () => {
  const file = join(import.meta.dirname, '../fixtures/london-clocks-forward.yaml');
  const parsed = parseScenario(readFileSync(file, 'utf8'), 'london-clocks-forward.yaml');
  if (!parsed.ok) throw new Error('fixture invalid');
  const london = parsed.scenario; // forward at 01:00 GMT on Sunday 29 March, 49 h in
  const trace = simulate(london, '1');

  it('writes each local time with its UTC offset where the clocks change during the run', () => {
    const rows = readCsv(traceToCsv(london, trace));
    const injects = rows.filter((r) => r[2] === 'inject').map((r) => [r[0], r[1], r[3]]);
    // failed at 00:30 GMT, restored at 03:00 BST: 90 minutes apart
    expect(injects.slice(0, 2)).toEqual([
      [String(hours(48) + minutes(30)), '2026-03-29T00:30+00:00', 'lb-1'],
      [String(hours(50)), '2026-03-29T03:00+01:00', 'lb-1'],
    ]);
  });

  it('names the time zone in the JSON, next to the local start', () => {
    const json = JSON.parse(traceToJson(london, trace)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'scenario',
      'seed',
      'start',
      'timeZone',
      'horizon',
      'events',
      'intervals',
    ]);
    expect(json).toMatchObject({ start: '2026-03-27T00:00', timeZone: 'Europe/London' });
  });

  it('writes plain local times where the clocks do not change during the run', () => {
    const calm = {
      ...london,
      horizon: hours(40),
      injects: [fail(hours(10), 'lb-1')],
    };
    const rows = readCsv(traceToCsv(calm, simulate(calm, '1')));
    expect(rows[1]?.[1]).toBe('2026-03-27T10:00');
    expect(rows.slice(1).every((r) => /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/.test(r[1]!))).toBe(
      true,
    );
  });
});
