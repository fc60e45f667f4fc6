/**
 * The view in the address bar: scenario, seed, service, playhead, live injects and the zoomed
 * window as a short, readable query string, and back. Pure: strings in, strings out.
 *
 *   scenario=bank-money-transfer&seed=7&service=transfers&t=2026-01-07T15:30
 *   &inject=fail:db-1@2026-01-05T10:00&inject=degrade:app-1:50%25:2h@2026-01-05T11:00
 *   &inject=surge:transfers:1.8:3h@2026-01-30T11:00&view=2026-01-05T00:00..2026-01-12T00:00
 *   &tab=bia&edit={"kind":"set-capacity","component":"app-1","capacity":900}&replay=likely
 *   &scripted=off   (the run without the scenario's scripted injects: a Monte Carlo study's run)
 *
 * Times are scenario-local date-times (or `+2d10h` after the start when no scenario is
 * known), read on the scenario's clock: with a time zone, a time the clocks show twice is
 * written with its UTC offset (`2026-10-25T01:30+00:00`, as in scenario files), one without
 * it is read as the first (with a note), one the clocks skip is refused. Durations are
 * written as in scenario files. Decoding never throws: each bad
 * parameter is dropped and named in `problems`. A link is held to the limits of a scenario
 * file (see link-limits.ts), checked before the part they guard is read.
 */
import { localAt, readingsOf } from '../../core/zone.ts';
import { localStampAt } from '../../analysis/local-stamp.ts';
import { readLocalTime } from '../local-time-input/read-local-time.ts';
import { applyEdit } from '../../analysis/advisor/apply-edit.ts';
import type { ScenarioEdit } from '../../analysis/advisor/types.ts';
import { BOUNDS, type Bound } from '../../analysis/bia/types.ts';
import { editProblem } from '../../analysis/advisor/validate-edit.ts';
import type { Inject, Scenario } from '../../core/model.ts';
import { formatDuration, type Duration, type SimTime } from '../../core/time.ts';
import { LIMITS } from '../../scenario/limits.ts';
import { parseDuration, parsePercent } from '../../scenario/units.ts';
import { capProblems, oversizedLink, tooDeep, tooMany } from './link-limits.ts';

/** The app's views. */
export const TABS = ['timeline', 'bia', 'montecarlo', 'edit', 'exercise', 'plan'] as const;
export type Tab = (typeof TABS)[number];

export interface ViewState {
  readonly scenario: string;
  readonly seed: string;
  readonly service: string | null;
  readonly playhead: number;
  readonly injects: readonly Inject[];
  readonly view: { readonly from: number; readonly to: number } | null;
  /** Which view is open: the timeline (default) or the business impact analysis. */
  readonly tab: Tab;
  /** Changes tried on the scenario (a variant), in the order they were made. */
  readonly edits: readonly ScenarioEdit[];
  /**
   * A replayed BIA disruption: the run is made as the BIA makes it (no random failures, no
   * scripted injects, every plan step at this end of its duration); null = an ordinary run.
   */
  readonly replay: Bound | null;
  /**
   * False: the run leaves the scenario's scripted injects out, as a Monte Carlo study's runs
   * do by default (absent or true: they happen).
   */
  readonly scripted?: boolean;
}

/** Every kind of change a link may carry (a Record, so a new kind cannot be forgotten here). */
const KNOWN_EDITS: Record<ScenarioEdit['kind'], true> = {
  'set-step-duration': true,
  'set-step-owner': true,
  'set-capacity': true,
  'add-redundant-member': true,
  'set-backup-interval': true,
  'set-detection': true,
  'split-dependency': true,
  'set-objective': true,
  'set-mtbf': true,
  'set-team-size': true,
  'set-team-call-out': true,
  'set-team-hours': true,
};
const EDIT_KINDS = Object.keys(KNOWN_EDITS) as ScenarioEdit['kind'][];

function parseEdit(text: string): Parsed<ScenarioEdit> {
  const deep = tooDeep(text);
  if (deep !== null) return { ok: false, message: deep };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'expected a change written as JSON' };
  }
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (
    typeof value !== 'object' ||
    value === null ||
    !EDIT_KINDS.includes(kind as ScenarioEdit['kind'])
  )
    return {
      ok: false,
      message: `unknown kind of change '${String(kind)}'; use ${EDIT_KINDS.join(', ')}`,
    };
  return { ok: true, value: value as ScenarioEdit };
}

type Clock = Pick<Scenario, 'startEpoch' | 'timeZone'> | null | undefined;
type Place = Pick<
  Scenario,
  'startEpoch' | 'timeZone' | 'horizon' | 'components' | 'services'
> | null;
type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const encodeValue = (v: string): string =>
  encodeURIComponent(v).replace(/%3A/g, ':').replace(/%40/g, '@').replace(/%2C/g, ',');
function decodeValue(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v; // a bare % (as in `50%:2h`) is kept as written
  }
}

/**
 * A simulated time as text: local date-time to the second (with its UTC offset where the
 * clocks show it twice), or an offset from the start.
 */
function formatTime(t: number, clock: Clock, toSecond: (x: number) => number = Math.round): string {
  const seconds = toSecond(t / 1000) * 1000;
  if (!clock) return `+${formatDuration(seconds)}`;
  const twice = readingsOf(clock, localAt(clock, seconds)).length > 1;
  return localStampAt(clock, seconds, twice);
}
const percentText = (share: number): string => `${Math.round(share * 1e6) / 1e4}%`;

function formatInject(i: Inject, clock: Clock): string {
  const at = `@${formatTime(i.at, clock)}`;
  switch (i.action) {
    case 'degrade': {
      const lasting = i.for === null ? '' : `:${formatDuration(i.for)}`;
      return `degrade:${i.component}:${percentText(i.capacity)}${lasting}${at}`;
    }
    case 'surge':
      return `surge:${i.service ?? '*'}:${i.factor}:${formatDuration(i.duration)}${at}`;
    default:
      return `${i.action}:${i.component}${at}`;
  }
}

export function encodeViewState(state: ViewState, scenario?: Clock): string {
  const params: [string, string][] = [
    ['scenario', state.scenario],
    ['seed', state.seed],
  ];
  if (state.service !== null) params.push(['service', state.service]);
  // The playhead to the second at or after it: a playhead on an event (Step forward lands on
  // its exact time) is never written before it, where the link would open without it.
  if (state.playhead !== 0) params.push(['t', formatTime(state.playhead, scenario, Math.ceil)]);
  for (const inject of state.injects) params.push(['inject', formatInject(inject, scenario)]);
  if (state.view)
    params.push([
      'view',
      `${formatTime(state.view.from, scenario)}..${formatTime(state.view.to, scenario)}`,
    ]);
  if (state.tab !== 'timeline') params.push(['tab', state.tab]);
  for (const edit of state.edits) params.push(['edit', JSON.stringify(edit)]);
  if (state.replay !== null) params.push(['replay', state.replay]);
  if (state.scripted === false) params.push(['scripted', 'off']);
  return params.map(([k, v]) => `${k}=${encodeValue(v)}`).join('&');
}

const bad = <T>(message: string): Parsed<T> => ({ ok: false, message });
const good = <T>(value: T): Parsed<T> => ({ ok: true, value });

const LOCAL = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})?)?$/;

/** A time of the link; `note` hears of a local time read as the first of two. */
function parseTime(text: string, place: Place, note?: (message: string) => void): Parsed<number> {
  if (text.startsWith('+')) {
    const offset = parseDuration(text.slice(1));
    if (!offset.ok) return bad(offset.message);
    return place && offset.value > place.horizon ? outside(text, place) : good(offset.value);
  }
  const local = text.replace(' ', 'T');
  if (!LOCAL.test(local))
    return bad(`expected a local date-time such as 2026-01-05T10:00, got '${text}'`);
  if (!place) return bad(`cannot place the local time '${text}' without its scenario`);
  const read = readLocalTime(place, local.includes('T') ? local : `${local}T00:00`);
  if (read.kind === 'refused') {
    if (read.reason === 'outside') return outside(text, place);
    if (read.reason === 'invalid')
      return bad(`expected a local date-time such as 2026-01-05T10:00, got '${text}'`);
    return bad(`${read.message}; ${read.hint}`);
  }
  if (read.kind === 'twice' && !/[+-]\d{2}:\d{2}$/.test(local))
    note?.(`${read.message}; to say which, write ${read.readings.map((r) => r.text).join(' or ')}`);
  return good(read.t);
}

const outside = (text: string, place: NonNullable<Place>): Parsed<number> =>
  bad(
    `'${text}' is outside the scenario (${formatTime(0, place)} to ${formatTime(place.horizon, place)})`,
  );

function parsePositiveDuration(text: string | undefined, what: string): Parsed<Duration> {
  const d = parseDuration(text ?? '');
  if (!d.ok) return bad(`${what}: ${d.message}`);
  return d.value > 0 ? good(d.value as Duration) : bad(`${what} must be longer than 0`);
}

function parseInject(text: string, place: Place, note?: (message: string) => void): Parsed<Inject> {
  const split = text.lastIndexOf('@');
  if (split < 0)
    return bad(`expected action:target@time, e.g. fail:db-1@2026-01-05T10:00, got '${text}'`);
  const time = parseTime(text.slice(split + 1), place, note);
  if (!time.ok) return time;
  const at = time.value as SimTime;
  const [action = '', target = '', ...rest] = text.slice(0, split).split(':');
  const knownComponent = !place || place.components.some((c) => c.id === target);
  const arity = { fail: [0], restore: [0], corrupt: [0], invoke: [0], degrade: [1, 2], surge: [2] }[
    action
  ];
  if (!arity)
    return bad(`unknown action '${action}'; use fail, restore, corrupt, invoke, degrade or surge`);
  if (!arity.includes(rest.length))
    return bad(`'${text}' does not have the form of a ${action} inject`);
  if (action === 'surge') {
    if (target !== '*' && place && !place.services.some((s) => s.id === target))
      return bad(`unknown service '${target}'`);
    const factor = Number(rest[0]);
    if (!(factor > 0 && factor <= 1000)) return bad(`expected a factor above 0, got '${rest[0]}'`);
    const duration = parsePositiveDuration(rest[1], 'the surge duration');
    if (!duration.ok) return duration;
    const service = target === '*' ? null : target;
    return good({ at, action: 'surge', service, factor, duration: duration.value });
  }
  if (!knownComponent || target === '') return bad(`unknown component '${target}'`);
  if (action === 'degrade') {
    const capacity = parsePercent(rest[0], '50%');
    if (!capacity.ok) return bad(capacity.message);
    const lasting =
      rest[1] === undefined ? null : parsePositiveDuration(rest[1], 'the degradation');
    if (lasting && !lasting.ok) return lasting;
    return good({
      at,
      action: 'degrade',
      component: target,
      capacity: Math.round(capacity.value * 1e6) / 1e6,
      for: lasting?.value ?? null,
    });
  }
  return good({
    at,
    action: action as 'fail' | 'restore' | 'corrupt' | 'invoke',
    component: target,
  });
}

export function decodeViewState(
  search: string,
  scenario: Scenario | null,
  defaults: { scenario: string; seed: string },
): { state: ViewState; problems: string[] } {
  const problems: string[] = [];
  const single = new Map<string, string>();
  const injects: Inject[] = [];
  const injectTexts: string[] = [];
  const editTexts: string[] = [];
  const edits: ScenarioEdit[] = [];
  const oversized = oversizedLink(search);
  if (oversized !== null) problems.push(oversized);
  const parts = oversized === null ? search.replace(/^\?/, '').split('&') : [];
  for (const part of parts) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decodeValue(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? '' : decodeValue(part.slice(eq + 1));
    if (key === 'inject') injectTexts.push(value);
    else if (key === 'edit') editTexts.push(value);
    else if (
      !['scenario', 'seed', 'service', 't', 'view', 'tab', 'scripted', 'replay'].includes(key)
    )
      problems.push(`unknown parameter '${key}'`);
    else if (single.has(key)) problems.push(`${key}: given more than once; the first one is used`);
    else single.set(key, value);
  }
  // The limits of a scenario file, counted before any inject or change is read.
  const manyEdits = tooMany('changes', editTexts.length, LIMITS.linkEdits);
  const manyInjects = tooMany('injects', injectTexts.length, LIMITS.injects);
  // Each change is checked against the scenario as the changes before it left it.
  let variant = scenario;
  if (manyEdits !== null) problems.push(manyEdits);
  else
    editTexts.forEach((value, i) => {
      const edit = parseEdit(value);
      const problem = edit.ok && variant ? editProblem(edit.value, variant) : null;
      if (edit.ok && problem === null) {
        edits.push(edit.value);
        if (variant) variant = applyEdit(variant, edit.value);
      } else problems.push(`edit ${i + 1}: ${edit.ok ? problem : edit.message}`);
    });
  // Injects are read against the variant: they may name a component a change added.
  if (manyInjects !== null) problems.push(manyInjects);
  else
    injectTexts.forEach((value, i) => {
      const inject = parseInject(value, variant, (note) =>
        problems.push(`inject ${i + 1}: ${note}`),
      );
      if (inject.ok) injects.push(inject.value);
      else problems.push(`inject ${i + 1}: ${inject.message}`);
    });
  const text = (key: string, fallback: string): string => {
    const value = single.get(key);
    if (value === '') problems.push(`${key}: empty; using '${fallback}'`);
    return value || fallback;
  };
  const state: { -readonly [K in keyof ViewState]: ViewState[K] } = {
    scenario: text('scenario', defaults.scenario),
    seed: text('seed', defaults.seed),
    service: null,
    playhead: 0,
    injects,
    view: null,
    tab: 'timeline',
    edits,
    replay: null,
  };
  const replay = single.get('replay');
  if (BOUNDS.includes(replay as Bound)) state.replay = replay as Bound;
  else if (replay !== undefined)
    problems.push(`replay: unknown plan-step end '${replay}'; use ${BOUNDS.join(', ')}`);
  const tab = single.get('tab');
  if (TABS.includes(tab as Tab)) state.tab = tab as Tab;
  else if (tab !== undefined) problems.push(`tab: unknown view '${tab}'; use ${TABS.join(', ')}`);
  const scripted = single.get('scripted');
  if (scripted === 'off') state.scripted = false;
  else if (scripted !== undefined && scripted !== 'on')
    problems.push(
      `scripted: expected off (leave the scenario's injects out) or on, not '${scripted}'`,
    );
  const service = single.get('service');
  const known = !scenario || scenario.services.some((s) => s.id === service);
  if (service !== undefined && known && service !== '') state.service = service;
  else if (service !== undefined) problems.push(`service: unknown service '${service}'`);
  const t = single.get('t');
  const playhead =
    t === undefined ? null : parseTime(t, scenario, (note) => problems.push(`t: ${note}`));
  if (playhead?.ok) state.playhead = playhead.value;
  else if (playhead) problems.push(`t: ${playhead.message}`);
  const view = single.get('view');
  if (view !== undefined) {
    const [fromText = '', toText = '', ...more] = view.split('..');
    const note = (message: string) => problems.push(`view: ${message}`);
    const from = parseTime(fromText, scenario, note);
    const to = parseTime(toText, scenario, note);
    if (more.length > 0 || !view.includes('..'))
      problems.push(`view: expected from..to, e.g. 2026-01-05T00:00..2026-01-12T00:00`);
    else if (!from.ok || !to.ok)
      problems.push(
        `view: ${from.ok ? '' : from.message}${!from.ok && !to.ok ? '; ' : ''}${to.ok ? '' : to.message}`,
      );
    else if (from.value >= to.value) problems.push(`view: '${fromText}' is not before '${toText}'`);
    else state.view = { from: from.value, to: to.value };
  }
  return { state, problems: capProblems(problems) };
}
