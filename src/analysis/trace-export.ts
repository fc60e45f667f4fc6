/**
 * A run's trace as files to download: pretty JSON (the whole trace with the scenario's start
 * and, if it has one, its time zone) and CSV with one row per trace event (RFC 4180: CRLF line
 * ends, quoted where needed), its `local_time` with the UTC offset of each time where the
 * clocks change during the run; each also as chunks, so that a long trace never has to be one
 * string.
 */
import type { Scenario } from '../core/model.ts';
import type { Trace, TraceEvent } from '../core/trace.ts';
import { prettyJsonChunks } from './json-chunks.ts';
import { localStamps } from './local-stamp.ts';

export function traceToJson(scenario: Scenario, trace: Trace): string {
  return [...traceJsonChunks(scenario, trace)].join('');
}

/** `traceToJson` in chunks, for a trace too long to hold as one string. */
export function* traceJsonChunks(scenario: Scenario, trace: Trace): Generator<string> {
  const { seed, horizon, events, intervals } = trace;
  yield* prettyJsonChunks({
    scenario: scenario.name,
    seed,
    start: scenario.start,
    ...(scenario.timeZone === null ? {} : { timeZone: scenario.timeZone.name }),
    horizon,
    events,
    intervals,
  });
  yield '\n';
}

export const CSV_HEADER = [
  'time',
  'local_time',
  'type',
  'subject',
  'from',
  'to',
  'cause',
  'detail',
] as const;

/** One field, quoted when it holds a comma, a quote or a line break (quotes doubled). */
export const csvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export function traceToCsv(scenario: Scenario, trace: Trace): string {
  return [...traceCsvChunks(scenario, trace)].join('');
}

/** `traceToCsv` in chunks of about a thousand rows. */
export function* traceCsvChunks(scenario: Scenario, trace: Trace): Generator<string> {
  const line = (r: readonly string[]): string => `${r.map(csvField).join(',')}\r\n`;
  let chunk = line(CSV_HEADER);
  let rows = 0;
  const local = localStamps(scenario, 0, trace.horizon);
  for (const e of trace.events) {
    chunk += line([String(e.t), local(e.t), e.type, ...columns(e)]);
    if (++rows % 1000 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/** subject, from, to, cause, detail */
function columns(e: TraceEvent): [string, string, string, string, string] {
  switch (e.type) {
    case 'inject':
      return [
        e.target ?? '',
        '',
        '',
        '',
        e.detail.startsWith(e.action) ? e.detail : `${e.action}: ${e.detail}`,
      ];
    case 'component':
      return [e.component, e.from, e.to, e.cause, `capacity share ${e.capacityShare}`];
    case 'plan-started':
    case 'plan-completed':
    case 'plan-aborted':
      return [e.component, '', '', '', `plan ${e.plan}; incident ${e.incident}`];
    case 'step-started':
      return [
        e.component,
        '',
        '',
        '',
        `plan ${e.plan}; incident ${e.incident}; step ${e.step}; owner ${e.owner ?? '-'}; duration ${e.duration} ms`,
      ];
    case 'step-waiting':
      return [
        e.component,
        '',
        '',
        '',
        `plan ${e.plan}; incident ${e.incident}; step ${e.step}; waits for team ${e.team}`,
      ];
    case 'call-out':
      return [e.team, '', '', '', `called out; at work from t=${e.arrives} ms`];
    case 'step-finished':
      return [e.component, '', '', '', `plan ${e.plan}; incident ${e.incident}; step ${e.step}`];
    case 'service':
      return [
        e.service,
        e.from,
        e.to,
        '',
        `capacity ${e.capacity ?? 'unlimited'} tpm; demand ${e.demand} tpm; not working: ${e.unavailable.join(' ') || '-'}`,
      ];
    case 'data-loss':
      return [e.component, '', '', '', `lost ${e.lost} ms; services ${e.services.join(' ')}`];
    case 'switchover':
      return [
        e.group,
        e.from,
        e.to,
        '',
        `switch-over ${e.phase}; duration ${e.duration} ms; services ${e.services.join(' ')}`,
      ];
  }
}
