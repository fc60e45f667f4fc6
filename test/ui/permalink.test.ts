import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Inject, Scenario } from '../../src/core/model.ts';
import { hours, minutes } from '../../src/core/time.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { decodeViewState, encodeViewState, type ViewState } from '../../src/ui/state/permalink.ts';
import { londonAutumn } from '../support/zoned.ts';

function loadBank(): Scenario {
  const file = join(import.meta.dirname, '../../scenarios/bank-money-transfer.yaml');
  const r = parseScenario(readFileSync(file, 'utf8'), 'bank-money-transfer.yaml');
  if (!r.ok) throw new Error('bank scenario invalid');
  return r.scenario;
}

const bank = loadBank();
const defaults = { scenario: 'bank-money-transfer', seed: '1' };
const decode = (search: string, scenario: Scenario | null = bank) =>
  decodeViewState(search, scenario, defaults);
const day = (d: number, h: number, m = 0) => (d * 24 + h) * 3_600_000 + m * 60_000;

const example: ViewState = {
  scenario: 'bank-money-transfer',
  seed: '7',
  service: 'transfers',
  playhead: day(2, 15, 30),
  injects: [
    { at: day(0, 10) as never, action: 'fail', component: 'db-1' },
    {
      at: day(0, 11) as never,
      action: 'degrade',
      component: 'app-1',
      capacity: 0.5,
      for: hours(2),
    },
    {
      at: day(25, 11) as never,
      action: 'surge',
      service: 'transfers',
      factor: 1.8,
      duration: hours(3),
    },
  ],
  view: { from: 0, to: day(7, 0) },
  tab: 'timeline',
  edits: [],
  replay: null,
};

describe('encodeViewState', () => {
  it('writes a short, readable query string with scenario-local times and human durations', () => {
    expect(encodeViewState(example, bank)).toBe(
      [
        'scenario=bank-money-transfer',
        'seed=7',
        'service=transfers',
        't=2026-01-07T15:30',
        'inject=fail:db-1@2026-01-05T10:00',
        'inject=degrade:app-1:50%25:2h@2026-01-05T11:00',
        'inject=surge:transfers:1.8:3h@2026-01-30T11:00',
        'view=2026-01-05T00:00..2026-01-12T00:00',
      ].join('&'),
    );
  });

  it('leaves out what is at its default, and writes offsets when no scenario is known', () => {
    const bare: ViewState = { ...example, service: null, playhead: 0, injects: [], view: null };
    expect(encodeViewState(bare, bank)).toBe('scenario=bank-money-transfer&seed=7');
    const offset = encodeViewState({ ...bare, playhead: day(1, 10), seed: 'a b&c' });
    expect(offset).toBe('scenario=bank-money-transfer&seed=a%20b%26c&t=%2B1d10h');
    expect(decode(offset, null).state).toEqual({ ...bare, playhead: day(1, 10), seed: 'a b&c' });
  });
});

describe('a replayed BIA disruption in the link', () => {
  it('carries the plan-step end it is run at, and says when it is not one', () => {
    const replay = encodeViewState({ ...example, replay: 'likely' }, bank);
    expect(replay.endsWith('&replay=likely')).toBe(true);
    expect(decode(replay).state.replay).toBe('likely');
    expect(decode('replay=slow')).toMatchObject({
      state: { replay: null },
      problems: ["replay: unknown plan-step end 'slow'; use low, likely, high"],
    });
  });
});

describe('decodeViewState', () => {
  it('reads back the example', () => {
    expect(decode(encodeViewState(example, bank))).toEqual({ state: example, problems: [] });
  });

  it('accepts a bare % and a leading ?, and falls back to the defaults', () => {
    const { state, problems } = decode('?inject=degrade:app-2:25%:90m@2026-01-05T09:00');
    expect(problems).toEqual([]);
    expect(state).toEqual({
      scenario: 'bank-money-transfer',
      seed: '1',
      service: null,
      playhead: 0,
      injects: [
        { at: day(0, 9), action: 'degrade', component: 'app-2', capacity: 0.25, for: minutes(90) },
      ],
      view: null,
      tab: 'timeline',
      edits: [],
      replay: null,
    });
  });

  it("scripted=off: the run without the scenario's scripted injects (a Monte Carlo study's run)", () => {
    const off: ViewState = { ...example, scripted: false };
    const text = encodeViewState(off, bank);
    expect(text.endsWith('&scripted=off')).toBe(true);
    expect(decode(text)).toEqual({ state: off, problems: [] });
    expect(encodeViewState({ ...example, scripted: true }, bank)).toBe(
      encodeViewState(example, bank),
    );
    expect(decode('scenario=bank-money-transfer&scripted=on').state.scripted).toBeUndefined();
    expect(decode('scenario=bank-money-transfer&scripted=no').problems).toEqual([
      "scripted: expected off (leave the scenario's injects out) or on, not 'no'",
    ]);
  });

  it('reads an inject on a component that a change added (injects are read against the variant)', () => {
    const edit = encodeURIComponent(
      JSON.stringify({ kind: 'add-redundant-member', component: 'lb-a' }),
    );
    const { state, problems } = decode(
      `scenario=bank-money-transfer&edit=${edit}&inject=fail:lb-a-standby@2026-01-05T10:00`,
    );
    expect(problems).toEqual([]);
    expect(state.injects).toEqual([{ at: day(0, 10), action: 'fail', component: 'lb-a-standby' }]);
  });

  it('refuses a change that does not fit the scenario, and says why', () => {
    const edit = encodeURIComponent(
      JSON.stringify({ kind: 'set-step-duration', plan: 'db-rebuild', step: 'rebuild' }),
    );
    const { state, problems } = decode(`scenario=bank-money-transfer&edit=${edit}`);
    expect(state.edits).toEqual([]);
    expect(problems).toEqual(['edit 1: expected a duration']);
  });

  it('reads the open view and the changes tried, and names a bad change', () => {
    const edit = encodeURIComponent(
      JSON.stringify({ kind: 'set-capacity', component: 'app-1', capacity: 900 }),
    );
    const { state, problems } = decode(
      `scenario=bank-money-transfer&tab=bia&edit=${edit}&edit=%7B%22kind%22%3A%22paint-it-red%22%7D&edit=nope`,
    );
    expect(state.tab).toBe('bia');
    expect(state.edits).toEqual([{ kind: 'set-capacity', component: 'app-1', capacity: 900 }]);
    expect(problems).toEqual([
      "edit 2: unknown kind of change 'paint-it-red'; use set-step-duration, set-step-owner, set-capacity, add-redundant-member, set-backup-interval, set-detection, split-dependency, set-objective, set-mtbf, set-team-size, set-team-call-out, set-team-hours",
      'edit 3: expected a change written as JSON',
    ]);
  });

  it('drops each bad parameter and names it, keeping the good ones', () => {
    const { state, problems } = decode(
      [
        'seed=9',
        'service=payments',
        't=yesterday',
        'inject=fail:db-1@2026-01-05T10:00',
        'inject=fail:db-9@2026-01-05T10:00',
        'inject=explode:db-1@2026-01-05T10:00',
        'inject=degrade:app-1:150%25@2026-01-05T10:00',
        'inject=surge:transfers:x2:1h@2026-01-05T10:00',
        'inject=fail:db-1',
        'inject=restore:db-1@2027-06-01T10:00',
        'inject=surge:*:2:0m@+1d',
        'view=2026-01-08T00:00..2026-01-06T00:00',
        'zoom=3',
        'seed=10',
      ].join('&'),
    );
    expect(state.seed).toBe('9');
    expect(state.service).toBeNull();
    expect(state.playhead).toBe(0);
    expect(state.view).toBeNull();
    expect(state.injects).toEqual([{ at: day(0, 10), action: 'fail', component: 'db-1' }]);
    expect(problems).toEqual([
      "unknown parameter 'zoom'",
      'seed: given more than once; the first one is used',
      "inject 2: unknown component 'db-9'",
      "inject 3: unknown action 'explode'; use fail, restore, corrupt, invoke, degrade or surge",
      'inject 4: a percentage cannot exceed 100%, got "150%"',
      "inject 5: expected a factor above 0, got 'x2'",
      "inject 6: expected action:target@time, e.g. fail:db-1@2026-01-05T10:00, got 'fail:db-1'",
      "inject 7: '2027-06-01T10:00' is outside the scenario (2026-01-05T00:00 to 2027-01-05T00:00)",
      'inject 8: the surge duration must be longer than 0',
      "service: unknown service 'payments'",
      "t: expected a local date-time such as 2026-01-05T10:00, got 'yesterday'",
      "view: '2026-01-08T00:00' is not before '2026-01-06T00:00'",
    ]);
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (search) => {
        const { problems } = decode(search);
        expect(Array.isArray(problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(decode('%E0%A4%A&=&&t=%').problems).toEqual([
      "unknown parameter '%E0%A4%A'",
      "unknown parameter ''",
      "t: expected a local date-time such as 2026-01-05T10:00, got '%'",
    ]);
  });

  it('needs the scenario to place local times', () => {
    expect(decode('t=2026-01-05T10:00', null).problems).toEqual([
      "t: cannot place the local time '2026-01-05T10:00' without its scenario",
    ]);
  });
});

describe('a link is held to the limits of a scenario file', () => {
  const injects = (n: number) =>
    Array.from({ length: n }, (_, i) => `inject=fail:db-1@+${i + 1}m`).join('&');

  it('20,000 injects (a file may have 10,000) are refused as a whole, saying why; the rest of the link holds', () => {
    const { state, problems } = decode(`scenario=bank-money-transfer&seed=4&${injects(20_000)}`);
    expect(state.injects).toEqual([]);
    expect(state.seed).toBe('4');
    expect(problems).toEqual([
      'the link carries 20,000 injects; a scenario may have at most 10,000, so none of them was applied (the scenario opens without them)',
    ]);
  });

  it('10,000 injects, the limit, are all read', () => {
    const { state, problems } = decode(`scenario=bank-money-transfer&${injects(10_000)}`);
    expect(problems).toEqual([]);
    expect(state.injects).toHaveLength(10_000);
    expect(state.injects[9_999]).toEqual({
      at: 10_000 * 60_000,
      action: 'fail',
      component: 'db-1',
    });
  });

  it('more than 1,000 changes are refused as a whole, before any is checked', () => {
    const edit = encodeURIComponent(
      JSON.stringify({ kind: 'set-capacity', component: 'app-1', capacity: 900 }),
    );
    const { state, problems } = decode(
      Array.from({ length: 1001 }, () => `edit=${edit}`).join('&'),
    );
    expect(state.edits).toEqual([]);
    expect(problems).toEqual([
      'the link carries 1,001 changes; a link may carry at most 1,000, so none of them was applied (the scenario opens without them)',
    ]);
  });

  it('a change nested deeper than 32 levels is refused before it is read as JSON', () => {
    const deep = encodeURIComponent(
      `{"kind":"set-capacity","x":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    );
    const { state, problems } = decode(`edit=${deep}`);
    expect(state.edits).toEqual([]);
    expect(problems).toEqual([
      'edit 1: the change nests deeper than 32 levels, as no scenario file may',
    ]);
  });

  it('a link over 5 MB is refused whole: the scenario opens with its defaults', () => {
    const { state, problems } = decode(`seed=9&x=${'a'.repeat(5 * 1024 * 1024)}`);
    expect(state).toMatchObject({ scenario: 'bank-money-transfer', seed: '1', injects: [] });
    expect(problems).toEqual([
      'the link is 5.0 MB; a link may be at most 5 MB, as a scenario file, so it was opened without its settings',
    ]);
  });

  it('names 50 problems at most, and counts the rest', () => {
    const bad = Array.from({ length: 300 }, (_, i) => `inject=fail:db-9@+${i + 1}m`).join('&');
    const { problems } = decode(bad);
    expect(problems).toHaveLength(51);
    expect(problems[0]).toBe("inject 1: unknown component 'db-9'");
    expect(problems[50]).toBe('250 more problem(s) with the link not shown');
  });
});

describe('permalink round trip', () => {
  const second = (lo: number, hi: number) =>
    fc.integer({ min: lo / 1000, max: hi / 1000 }).map((s) => s * 1000);
  const horizon = bank.horizon;
  const at = second(0, horizon).map((t) => t as never);
  const component = fc.constantFrom(...bank.components.map((c) => c.id));
  const duration = second(1000, 30 * 86_400_000).map((d) => d as never);
  const inject: fc.Arbitrary<Inject> = fc.oneof(
    fc.record({ at, action: fc.constantFrom('fail', 'restore', 'corrupt' as const), component }),
    fc.record({
      at,
      action: fc.constant('degrade' as const),
      component,
      capacity: fc.integer({ min: 0, max: 1000 }).map((p) => p / 1000),
      for: fc.option(duration, { nil: null }),
    }),
    fc.record({
      at,
      action: fc.constant('surge' as const),
      service: fc.constantFrom('transfers', null),
      factor: fc.double({ min: 0.01, max: 100, noNaN: true }),
      duration,
    }),
  );
  const view = fc
    .tuple(second(0, horizon), second(0, horizon))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));
  const state: fc.Arbitrary<ViewState> = fc.record({
    scenario: fc.oneof(
      fc.constant('bank-money-transfer'),
      fc.string({ minLength: 1, maxLength: 20 }),
    ),
    seed: fc.string({ minLength: 1, maxLength: 12 }),
    service: fc.constantFrom('transfers', null),
    playhead: second(0, horizon),
    injects: fc.array(inject, { maxLength: 5 }),
    view: fc.option(view, { nil: null }),
    tab: fc.constantFrom('timeline' as const, 'bia' as const),
    edits: fc.array(
      fc.oneof(
        fc.record({
          kind: fc.constant('set-capacity' as const),
          component: fc.constantFrom('app-1', 'db-2'),
          capacity: fc.integer({ min: 1, max: 5000 }),
        }),
        fc.record({
          kind: fc.constant('add-redundant-member' as const),
          component: fc.constantFrom('lb-a', 'app-1'),
        }),
      ),
      { maxLength: 3 },
    ),
    replay: fc.constantFrom(null, 'low' as const, 'likely' as const, 'high' as const),
  });

  it('writes a playhead between two seconds (on an event) at the second after it, never before the event', () => {
    // Step forward lands on an event's exact time: 2026-01-07 17:23:22.448 in seed 1's run
    const onEvent = day(2, 17, 23) + 22_448;
    const query = encodeViewState({ ...example, playhead: onEvent }, bank);
    expect(new URLSearchParams(query).get('t')).toBe('2026-01-07T17:23:23');
    expect(decode(query).state.playhead).toBe(day(2, 17, 23) + 23_000);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: day(300, 0) }), (t) => {
        const back = decode(encodeViewState({ ...example, playhead: t }, bank)).state.playhead;
        expect(back).toBeGreaterThanOrEqual(t);
        expect(back - t).toBeLessThan(1000);
      }),
    );
  });

  it('decode(encode(s)) gives s back for valid states on the bank scenario', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(decode(encodeViewState(s, bank))).toEqual({ state: s, problems: [] });
      }),
      { numRuns: 500 },
    );
  });
});

describe('a link on the clock of a scenario with a time zone (Europe/London)', () => {
  const file = join(import.meta.dirname, '../fixtures/london-clocks-forward.yaml');
  const parsed = parseScenario(readFileSync(file, 'utf8'), 'london-clocks-forward.yaml');
  if (!parsed.ok) throw new Error('fixture invalid');
  const spring = parsed.scenario; // from Friday 27 March 00:00 GMT; forward at 49 h
  const autumnClock = londonAutumn(); // from Friday 23 October 00:00 BST; back at 50 h
  const autumn = { ...spring, startEpoch: autumnClock.startEpoch, timeZone: autumnClock.timeZone };
  const link = (state: Partial<ViewState>, scenario: Scenario) =>
    encodeViewState({ ...example, service: 'shop', injects: [], view: null, ...state }, scenario);

  it('writes local times across the spring change as the clocks showed them', () => {
    const text = link(
      { playhead: hours(49) + minutes(30), view: { from: hours(48), to: hours(50) } },
      spring,
    );
    expect(text).toContain('t=2026-03-29T02:30&');
    expect(text).toContain('view=2026-03-29T00:00..2026-03-29T03:00');
    expect(decode(text, spring).state).toMatchObject({
      playhead: hours(49) + minutes(30),
      view: { from: hours(48), to: hours(50) },
    });
  });

  it('writes a time the clocks show twice with its offset, and reads each back', () => {
    const first = link({ playhead: hours(49) + minutes(30) }, autumn);
    const second = link({ playhead: hours(50) + minutes(30) }, autumn);
    expect(first).toContain('t=2026-10-25T01:30%2B01:00');
    expect(second).toContain('t=2026-10-25T01:30%2B00:00');
    expect(decode(first, autumn)).toMatchObject({
      state: { playhead: hours(49) + minutes(30) },
      problems: [],
    });
    expect(decode(second, autumn)).toMatchObject({
      state: { playhead: hours(50) + minutes(30) },
      problems: [],
    });
  });

  it('reads a time shown twice without an offset as the first, and says so', () => {
    const { state, problems } = decode('t=2026-10-25T01:30', autumn);
    expect(state.playhead).toBe(hours(49) + minutes(30));
    expect(problems).toEqual([
      't: 2026-10-25T01:30 happens twice in Europe/London (the clocks go back that night): it is read as the first, UTC+01:00; to say which, write 2026-10-25T01:30+01:00 or 2026-10-25T01:30+00:00',
    ]);
  });

  it('drops a time the clocks skip, with the reason and the two readings', () => {
    const { state, problems } = decode(
      't=2026-03-29T01:30&inject=fail:lb-1@2026-03-29T01:45',
      spring,
    );
    expect(state.playhead).toBe(0);
    expect(state.injects).toEqual([]);
    expect(problems).toEqual([
      'inject 1: 2026-03-29T01:45 does not exist in Europe/London: the clocks go forward 60 min that night and never show it; write 2026-03-29T02:45 (2026-03-29T01:45 at UTC+00:00, as the clocks show it after the change) or 2026-03-29T00:45 (2026-03-29T01:45 at UTC+01:00, before it)',
      't: 2026-03-29T01:30 does not exist in Europe/London: the clocks go forward 60 min that night and never show it; write 2026-03-29T02:30 (2026-03-29T01:30 at UTC+00:00, as the clocks show it after the change) or 2026-03-29T00:30 (2026-03-29T01:30 at UTC+01:00, before it)',
    ]);
  });
});
