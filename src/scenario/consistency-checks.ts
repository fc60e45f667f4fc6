/** Checks of meaning: objectives that contradict, injects outside the run, risky gaps and settings without effect (warnings). */
import type { Topology } from '../core/model.ts';
import { formatDuration } from '../core/time.ts';
import type { CalendarOutput } from './calendar-format.ts';
import type { PathSegment } from './issues.ts';
import { LIMITS } from './limits.ts';
import type { ScenarioFileOutput } from './schema.ts';
import { clockOfFile, simTimeOf } from './local-time.ts';
import { formatLocalDateTime } from './units.ts';
import type { RawIssue } from './zod-issues.ts';

function topologyIds(node: Topology, into: Set<string>): void {
  if (node.type === 'component') into.add(node.id);
  else node.of.forEach((child) => topologyIds(child, into));
}

const DAY = 86_400_000;

/** A calendar's exceptions cover at most LIMITS.calendarExceptionDays days, overlaps counted. */
function exceptionDays(calendar: CalendarOutput, path: PathSegment[], out: RawIssue[]): void {
  let days = 0;
  for (const e of calendar.exceptions) days += (e.to.epoch - e.date.epoch) / DAY + 1;
  if (days <= LIMITS.calendarExceptionDays) return;
  out.push({
    severity: 'error',
    path: [...path, 'exceptions'],
    message: `the exceptions cover ${days.toLocaleString('en-US')} days in all (overlaps counted); a calendar may have at most ${LIMITS.calendarExceptionDays.toLocaleString('en-US')} (20 years of dates)`,
    hint: 'remove exceptions that repeat or overlap others, or that fall outside the run',
  });
}

/** RTO within MTPD, injects inside [start, start + horizon), and warnings for gaps. */
export function checkConsistency(file: ScenarioFileOutput): RawIssue[] {
  const out: RawIssue[] = [];
  exceptionDays(file.calendar, ['calendar'], out);
  file.services.forEach((service, s) => {
    if (service.calendar !== undefined)
      exceptionDays(service.calendar, ['services', s, 'calendar'], out);
  });
  file.services.forEach((service, s) => {
    const { rto, mtpd } = service.objectives;
    if (rto > mtpd) {
      out.push({
        severity: 'error',
        path: ['services', s, 'objectives', 'rto'],
        message: `the RTO (${formatDuration(rto)}) is longer than the MTPD (${formatDuration(mtpd)}); the service must be back before the damage is intolerable`,
        hint: `make the RTO shorter than the MTPD, e.g. rto: ${formatDuration(Math.floor(mtpd / 2))}`,
      });
    }
  });

  const end = file.start + file.horizon;
  const clock = clockOfFile(file);
  file.injects.forEach((inject, i) => {
    const at = simTimeOf(inject.at, clock);
    if (at < 0 || at >= file.horizon) {
      out.push({
        severity: 'error',
        path: ['injects', i, 'at'],
        message: `the inject at ${inject.at.text} falls outside the scenario (${formatLocalDateTime(file.start)} to ${formatLocalDateTime(end)})`,
        hint: `move it inside the run, e.g. at: ${formatLocalDateTime(file.start + Math.min(file.horizon / 2, 10 * 3_600_000))}, or lengthen the horizon`,
      });
    }
  });

  const injected = new Set(
    file.injects.flatMap((inject) =>
      inject.action === 'fail' || inject.action === 'corrupt' || inject.action === 'degrade'
        ? [inject.component]
        : [],
    ),
  );
  const used = new Set<string>();
  file.services.forEach((service) => topologyIds(service.requires, used));
  const byId = new Map(file.components.map((c) => [c.id, c] as const));
  const queue = [...used];
  while (queue.length > 0) {
    const next = byId.get(queue.pop() ?? '');
    for (const dep of next?.dependsOn ?? []) {
      if (!used.has(dep)) {
        used.add(dep);
        queue.push(dep);
      }
    }
  }

  file.components.forEach((component, c) => {
    const canFail =
      (component.failure !== undefined && component.failure.type !== 'none') ||
      component.overload !== undefined ||
      injected.has(component.id);
    if (canFail && component.recovery === undefined) {
      out.push({
        severity: 'warning',
        path: ['components', c],
        message: `component ${component.id} can fail but has no recovery plan; only a restore inject brings it back`,
        hint: 'add a plan, e.g. recovery: db-failover',
      });
    }
    const model = component.failure?.type ?? 'none';
    if (component.ageAtStart !== undefined && (model === 'none' || model === 'exponential')) {
      out.push({
        severity: 'warning',
        path: ['components', c, 'ageAtStart'],
        message:
          model === 'none'
            ? `component ${component.id} has an age at start but no failure model: its age changes nothing`
            : `component ${component.id} fails at a constant rate (exponential), which does not depend on its age: its age at start changes nothing`,
        hint: 'remove ageAtStart, or give it a failure model that ages, e.g. failure: { weibull: { shape: 1.5, scale: 4000h } }',
      });
    }
    if (!used.has(component.id)) {
      out.push({
        severity: 'warning',
        path: ['components', c, 'id'],
        message: `component ${component.id} is not used by any service`,
        hint: `add it to a service's requires (e.g. requires: { series: [${component.id}] }) or remove it`,
      });
    }
  });
  return out;
}
