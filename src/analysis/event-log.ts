/**
 * The event log: one sentence a trainee understands per meaningful trace event, in trace
 * order, naming components, services, plans and steps as the scenario names them. A failure
 * detected and its plan started at the same instant read as one sentence, and so do a plan
 * completed and the component it brought back. A standby group's switch-over reads as its
 * start ("nothing serves for 15 min") and its end. A step that waits for its team says so,
 * with the call-out it brought or joined, and its start says how long it waited ("Rebuild the
 * lost node waited 40 min for Database administrators: called out at 02:10, at work 02:50").
 */
import { formatLocal } from '../core/civil.ts';
import type { Scenario } from '../core/model.ts';
import { evaluate } from '../core/topology.ts';
import type { ChangeCause, TraceEvent } from '../core/trace.ts';
import { Capacities } from '../simulator/capacities.ts';
import type { EventLogEntry } from './timeline-types.ts';
import { localAt } from '../core/zone.ts';
import { proseLocal } from './prose-time.ts';
import { stepWaitsOf, type StepWait } from './step-waits.ts';

type Entry = Omit<EventLogEntry, 't' | 'when'>;
type Of<K extends TraceEvent['type']> = Extract<TraceEvent, { type: K }>;
type About = Pick<EventLogEntry, 'kind' | 'subject'>;
const say = (about: About, severity: Entry['severity'], text: string): Entry => ({
  ...about,
  severity,
  text,
});

const CAUSES: Record<ChangeCause, string> = {
  random: 'random failure',
  inject: 'scripted inject',
  overload: 'sustained overload',
  corruption: 'data corruption',
  timer: 'detected',
  plan: 'recovery plan',
  dependency: 'a component it depends on failed',
};

/** `1,200` (rounded to a whole number). */
export const formatCount = (n: number): string =>
  String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** `42 min`, `2 h`, `1 h 30 min`, `3 d 4 h` (rounded to the minute). */
export function humanDuration(ms: number): string {
  const total = Math.round(ms / 60_000);
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  const parts = [d && `${d} d`, h && `${h} h`, m && `${m} min`].filter(Boolean);
  return parts.length ? parts.join(' ') : '0 min';
}

const percent = (share: number): string => `${Math.round(share * 1000) / 10}%`;

export function eventLog(
  scenario: Scenario,
  trace: { events: readonly TraceEvent[] },
): EventLogEntry[] {
  const componentName = nameLookup(scenario.components);
  const serviceName = nameLookup(scenario.services);
  const plans = new Map(scenario.plans.map((p) => [p.id, p]));
  const planName = (id: string): string => plans.get(id)?.name ?? id;
  const stepName = (plan: string, step: string): string =>
    plans.get(plan)?.steps.find((s) => s.id === step)?.name ?? step;
  const events = trace.events;
  const out: EventLogEntry[] = [];
  const teams = new Map((scenario.teams ?? []).map((t) => [t.id, t]));
  /** A declared team's name; any other owner as written. */
  const ownerName = (owner: string): string => teams.get(owner)?.name ?? owner;
  const waits = stepWaitsOf(scenario, trace);
  const waitKey = (e: { component: string; incident: number; step: string }, t: number): string =>
    `${e.component}#${e.incident}#${e.step}#${t}`;
  const waitsFrom = new Map(waits.map((w) => [waitKey(w, w.from), w]));
  const waitsUntil = new Map(
    waits.flatMap((w) => (w.until === null ? [] : [[waitKey(w, w.until), w] as const])),
  );
  /** `02:50` on the same local day as `t`, `Tue 6 Jan 08:00` on another. */
  const clock = (at: number, t: number): string => {
    const when = whenOf(scenario, at);
    return when.slice(0, 10) === whenOf(scenario, t).slice(0, 10)
      ? when.slice(11)
      : proseLocal(localAt(scenario, at));
  };

  const stepWaiting = (e: Of<'step-waiting'>, next: TraceEvent | undefined): Entry => {
    const w: StepWait | undefined = waitsFrom.get(waitKey(e, e.t));
    const team = teams.get(e.team);
    const teamName = ownerName(e.team);
    let why: string;
    if (next?.type === 'call-out' && next.team === e.team && next.t === e.t)
      why = `called out, at work at ${clock(next.arrives, e.t)}`;
    else if (w?.callOut)
      why = `called out at ${clock(w.callOut.at, e.t)}, at work at ${clock(w.callOut.arrives, e.t)}`;
    else if (team && team.size === 1) why = 'its one person is busy';
    else why = `all ${team ? `${team.size} of its people` : 'its people'} are busy`;
    return say(
      { kind: 'step', subject: e.component },
      'warning',
      `Step “${stepName(e.plan, e.step)}” for ${componentName(e.component)} waits for ${teamName}: ${why}`,
    );
  };

  const stepStarted = (e: Of<'step-started'>): Entry => {
    const owner = e.owner === null ? 'no owner' : `owner: ${ownerName(e.owner)}`;
    const base = { kind: 'step' as const, subject: e.component };
    const planned = `(${owner}, planned ${humanDuration(e.duration)})`;
    const w = waitsUntil.get(waitKey(e, e.t));
    if (!w)
      return say(
        base,
        'info',
        `Step “${stepName(e.plan, e.step)}” started for ${componentName(e.component)} ${planned}`,
      );
    const callOut = w.callOut
      ? `: called out at ${clock(w.callOut.at, e.t)}, at work ${clock(w.callOut.arrives, e.t)}`
      : '';
    return say(
      base,
      'info',
      `${stepName(e.plan, e.step)} waited ${humanDuration(e.t - w.from)} for ${w.teamName}${callOut}; started for ${componentName(e.component)} ${planned}`,
    );
  };

  const inject = (e: Of<'inject'>): Entry => {
    const what =
      e.action === 'surge'
        ? `demand surge on ${e.target === null ? 'every service' : serviceName(e.target)} ${e.detail}`
        : e.action === 'degrade'
          ? `degrade ${componentName(e.target ?? '')} ${e.detail}`
          : `${e.action} ${componentName(e.target ?? '')}`;
    return { kind: 'inject', text: `Inject: ${what}`, subject: e.target, severity: 'info' };
  };

  const component = (
    e: Of<'component'>,
    previous: TraceEvent | undefined,
    next: TraceEvent | undefined,
  ): Entry => {
    const name = componentName(e.component);
    const base = { kind: 'component' as const, subject: e.component };
    const capacity = scenario.components.find((c) => c.id === e.component)?.capacity ?? null;
    if (e.to === 'failed' || (e.to === e.from && e.capacityShare === 0))
      return say(base, 'critical', `${name} failed: ${CAUSES[e.cause]}`);
    if (e.to === 'recovering' && e.from === 'recovering')
      return say(
        base,
        'warning',
        `${name} is now at ${percent(e.capacityShare)} capacity while recovering`,
      );
    if (e.to === 'recovering') {
      const what = `${e.from === 'degraded' ? 'Degradation' : 'Failure'} of ${name} detected`;
      if (next?.type === 'plan-started' && next.component === e.component && next.t === e.t)
        return say(base, 'info', `${what}; recovery plan “${planName(next.plan)}” started`);
      return say(base, 'warning', `${what}; no recovery plan: it waits for a manual restore`);
    }
    if (e.to === 'degraded' && e.from !== 'overloaded')
      return say(
        base,
        'warning',
        `${name} degraded to ${percent(e.capacityShare)} capacity: ${CAUSES[e.cause]}`,
      );
    if (e.to === 'overloaded') {
      const limit =
        capacity === null ? '' : `: demand above its ${formatCount(capacity)} tpm capacity`;
      return say(base, 'warning', `${name} is overloaded${limit}`);
    }
    if (e.from === 'overloaded') return say(base, 'info', `${name} is no longer overloaded`);
    if (e.to === 'degraded')
      return say(base, 'warning', `${name} is at ${percent(e.capacityShare)} capacity`);
    if (
      e.cause === 'plan' &&
      previous?.type === 'plan-completed' &&
      previous.component === e.component
    )
      return say(base, 'info', `${name} recovered: plan “${planName(previous.plan)}” completed`);
    const how = e.cause === 'inject' ? 'restored by hand (inject)' : 'operational again';
    return say(base, 'info', `${name} ${how}`);
  };

  const service = (e: Of<'service'>): Entry => {
    const name = serviceName(e.service);
    const base = { kind: 'service' as const, subject: e.service };
    const full = fullCapacityAt(e);
    if (e.to === 'up') return say(base, 'info', `${name} is up again`);
    if (e.to === 'down') {
      const capacity =
        full === null
          ? ''
          : `capacity ${formatCount(e.capacity ?? 0)} of ${formatCount(full)} tpm, `;
      return say(
        base,
        'critical',
        `${name} is DOWN: ${capacity}demand ${formatCount(e.demand)} tpm`,
      );
    }
    // Degraded means some demand goes unserved (the MBCO still holds).
    const text = `${name} is degraded: demand ${formatCount(e.demand)} tpm exceeds capacity ${formatCount(e.capacity ?? 0)} tpm`;
    return { ...base, severity: 'warning', text };
  };
  const full = Capacities.full(scenario.components);
  const fullCapacities = new Map(
    scenario.services.map((s) => [s.id, evaluate(s.requires, full).capacity]),
  );
  const fullCapacityAt = (e: Of<'service'>): number | null => {
    const capacity = fullCapacities.get(e.service) ?? Infinity;
    return Number.isFinite(capacity) ? capacity : null;
  };

  const dataLoss = (e: Of<'data-loss'>): Entry | null => {
    if (e.lost <= 0) return null;
    const rpos = scenario.services
      .filter((s) => e.services.includes(s.id))
      .map((s) => s.objectives.rpo);
    const rpo = rpos.length ? Math.min(...rpos) : null;
    const objective = rpo === null ? '' : ` (RPO ${humanDuration(rpo)})`;
    return {
      kind: 'data-loss',
      subject: e.component,
      severity: rpo !== null && e.lost > rpo ? 'critical' : 'info',
      text: `Data loss on ${componentName(e.component)}: ${humanDuration(e.lost)} of data${objective}`,
    };
  };

  /** `Database 1 (primary)`, or `a+b` members by their components' names. */
  const memberName = (label: string): string => label.split('+').map(componentName).join(' + ');
  const switchover = (e: Of<'switchover'>): Entry => {
    const base = { kind: 'switchover' as const, subject: e.group };
    const from = memberName(e.from);
    const to = memberName(e.to);
    if (e.phase === 'started')
      return say(
        base,
        'warning',
        `Switch-over from ${from} to ${to} started: nothing serves for ${humanDuration(e.duration)}`,
      );
    if (e.phase === 'completed')
      return say(base, 'info', `Switch-over completed: ${to} is now active instead of ${from}`);
    return say(
      base,
      'critical',
      `Switch-over from ${from} to ${to} abandoned: ${to} stopped working before it ended`,
    );
  };

  events.forEach((e, i) => {
    const previous = events[i - 1];
    let entry: Entry | null = null;
    switch (e.type) {
      case 'inject':
        entry = inject(e);
        break;
      case 'component':
        entry = component(e, previous, events[i + 1]);
        break;
      case 'plan-started':
        if (
          previous?.type === 'component' &&
          previous.component === e.component &&
          previous.to === 'recovering'
        )
          break;
        entry = say(
          { kind: 'plan', subject: e.component },
          'info',
          `Recovery plan “${planName(e.plan)}” started for ${componentName(e.component)}`,
        );
        break;
      case 'plan-completed': {
        const next = events[i + 1];
        if (next?.type === 'component' && next.component === e.component && next.cause === 'plan')
          break;
        entry = say(
          { kind: 'plan', subject: e.component },
          'info',
          `Recovery plan “${planName(e.plan)}” completed for ${componentName(e.component)}`,
        );
        break;
      }
      case 'plan-aborted':
        entry = say(
          { kind: 'plan', subject: e.component },
          'info',
          `Recovery plan “${planName(e.plan)}” for ${componentName(e.component)} abandoned`,
        );
        break;
      case 'step-started':
        entry = stepStarted(e);
        break;
      case 'step-waiting':
        entry = stepWaiting(e, events[i + 1]);
        break;
      case 'step-finished':
        entry = say(
          { kind: 'step', subject: e.component },
          'info',
          `Step “${stepName(e.plan, e.step)}” finished for ${componentName(e.component)}`,
        );
        break;
      case 'service':
        entry = service(e);
        break;
      case 'data-loss':
        entry = dataLoss(e);
        break;
      case 'switchover':
        entry = switchover(e);
        break;
    }
    if (entry) out.push({ t: e.t, when: whenOf(scenario, e.t), ...entry });
  });
  return out;
}

/** Scenario-local `YYYY-MM-DD HH:MM`. */
export const whenOf = (scenario: Pick<Scenario, 'startEpoch' | 'timeZone'>, t: number): string =>
  formatLocal(localAt(scenario, t)).slice(0, 16).replace('T', ' ');

function nameLookup(items: readonly { id: string; name: string }[]): (id: string) => string {
  const names = new Map(items.map((x) => [x.id, x.name]));
  return (id) => names.get(id) ?? id;
}
