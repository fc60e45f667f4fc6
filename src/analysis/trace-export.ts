/**
 * A run's trace as files to download: pretty JSON (the whole trace with the scenario's start)
 * and CSV with one row per trace event (RFC 4180: CRLF line ends, quoted where needed).
 */
import { formatLocal } from '../core/civil.ts';
import type { Scenario } from '../core/model.ts';
import type { Trace, TraceEvent } from '../core/trace.ts';

export function traceToJson(scenario: Scenario, trace: Trace): string {
  const { seed, horizon, events, intervals } = trace;
  return `${JSON.stringify({ scenario: scenario.name, seed, start: scenario.start, horizon, events, intervals }, null, 2)}\n`;
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
  const rows = trace.events.map((e) => [
    String(e.t),
    formatLocal(scenario.startEpoch + e.t),
    e.type,
    ...columns(e),
  ]);
  return [[...CSV_HEADER], ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
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
