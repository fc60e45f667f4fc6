import { describe, expect, it } from 'vitest';
import { getNextSnapshot } from 'xstate';
import {
  COMPONENT_STATES,
  componentMachine,
  type Cause,
  type ComponentEvent,
} from '../../../src/machines/component.machine.ts';
import {
  STANDBY_STATES,
  standbyGroupMachine,
  type StandbyEvent,
} from '../../../src/machines/standby-group.machine.ts';
import {
  componentTable,
  standbyTable,
  type MutableContext,
  type MutableStandbyContext,
  type TableEvent,
} from '../../../src/simulator/fast/transition-table.ts';

const causes: Cause[] = ['random', 'inject', 'overload', 'corruption', 'timer', 'plan'];
const contexts: MutableContext[] = [];
for (const capacityShare of [0, 0.25, 0.5, 1])
  for (const overloadFailAfter of [null, 0, 7_200_000])
    for (const cause of ['timer', 'inject', 'overload'] as const)
      contexts.push({ detection: 120_000, overloadFailAfter, capacityShare, cause });

/**
 * Payloads to try for each event type of the machine. The type makes a new event in
 * ComponentEvent a compile error here until it has examples; the test below checks the same
 * against the event types the machine itself handles.
 */
const examples: { [T in ComponentEvent['type']]: Extract<ComponentEvent, { type: T }>[] } = {
  FAIL: causes.map((cause) => ({ type: 'FAIL', cause })),
  DEGRADE: [0, 0.1, 0.4, 0.5, 1].flatMap((share) =>
    (['inject', 'dependency'] as const).map((cause) => ({
      type: 'DEGRADE' as const,
      share,
      cause,
    })),
  ),
  OVERLOAD: [{ type: 'OVERLOAD' }],
  LOAD_NORMAL: [{ type: 'LOAD_NORMAL' }],
  DETECTED: [{ type: 'DETECTED' }],
  RECOVERED: [{ type: 'RECOVERED' }],
  RESTORE: causes.map((cause) => ({ type: 'RESTORE', cause })),
  DEGRADE_END: [{ type: 'DEGRADE_END' }],
};
const AFTER = /^xstate\.after\.(\w+)\./;
/** The event types the machine handles in some state, and its delays, read off the machine. */
const types: readonly string[] = componentMachine.events;
const handled = types.filter((type) => !AFTER.test(type));
const machineDelays = [
  ...new Set(types.flatMap((type): string[] => AFTER.exec(type)?.slice(1, 2) ?? [])),
];
const delays = machineDelays.map((d) => `after:${d}`);
const machineEvents: ComponentEvent[] = handled.flatMap(
  (type) => (examples as Record<string, ComponentEvent[] | undefined>)[type] ?? [],
);
/** Every event of the table as xstate sees it in `state`, with the table's code for it. */
const eventsIn = (state: string): { code: number; event: TableEvent }[] => [
  ...machineEvents.map((event) => ({ code: componentTable.code(event.type), event })),
  ...delays.map((d) => ({
    code: componentTable.code(d),
    event: { type: `xstate.after.${d.slice(6)}.component.${state}` },
  })),
];

describe('the component transition table', () => {
  it('is compared on every event the machine handles, each with examples, and on every delay', () => {
    expect(handled.length).toBeGreaterThan(0);
    expect(new Set(handled)).toEqual(new Set(Object.keys(examples)));
    for (const type of handled) expect(machineEvents.some((e) => e.type === type)).toBe(true);
    expect(new Set(machineDelays)).toEqual(
      new Set(Object.keys(componentMachine.implementations.delays)),
    );
    expect(new Set(componentTable.codes.keys())).toEqual(new Set([...handled, ...delays]));
  });

  it('lists the machine states in the machine order, and a timer for each delayed transition', () => {
    expect(componentTable.states).toEqual(COMPONENT_STATES);
    const failed = componentTable.states.indexOf('failed');
    expect(componentTable.timers[failed]!.map((t) => t.code)).toEqual([
      componentTable.code('after:detection'),
    ]);
    const operational = componentTable.states.indexOf('operational');
    expect(componentTable.timers[operational]).toEqual([]);
  });

  it('answers like getNextSnapshot for every state, every event and several contexts', () => {
    let compared = 0;
    for (const [s, state] of componentTable.states.entries())
      for (const context of contexts)
        for (const { code, event } of eventsIn(state)) {
          const snapshot = componentMachine.resolveState({ value: state, context });
          const next = getNextSnapshot(componentMachine, snapshot, event as ComponentEvent);
          const mine = { ...context };
          const to = componentTable.transition(s, code, mine, event);
          expect({ state: to < 0 ? state : componentTable.states[to], context: mine }).toEqual({
            state: next.value,
            context: next.context,
          });
          compared++;
        }
    expect(compared).toBeGreaterThan(1000);
  });

  it('takes the delays from the machine', () => {
    const overloaded = componentTable.states.indexOf('overloaded');
    const [limit] = componentTable.timers[overloaded]!;
    const context: MutableContext = {
      detection: 60_000,
      overloadFailAfter: 3_600_000,
      capacityShare: 1,
      cause: 'timer',
    };
    expect(limit!.delay(context)).toBe(3_600_000);
    expect(limit!.delay({ ...context, overloadFailAfter: null })).toBe(Infinity);
    const failed = componentTable.states.indexOf('failed');
    expect(componentTable.timers[failed]![0]!.delay(context)).toBe(60_000);
  });
});

describe('the standby group transition table', () => {
  const contexts: MutableStandbyContext[] = [];
  for (const failback of ['stay', 'return'] as const)
    for (const current of [0, 1] as const)
      for (const switchover of [0, 600_000]) contexts.push({ failback, current, switchover });
  const events: StandbyEvent[] = [];
  for (const first of [false, true])
    for (const second of [false, true])
      for (const switchover of [60_000, 1_200_000])
        events.push({ type: 'MEMBERS', first, second, switchover });

  it('lists the machine states in the machine order, with the switch-over timer in switching', () => {
    expect(standbyTable.states).toEqual(STANDBY_STATES);
    const switching = standbyTable.states.indexOf('switching');
    const [timer] = standbyTable.timers[switching]!;
    expect(timer!.code).toBe(standbyTable.code('after:switchover'));
    expect(timer!.delay({ failback: 'stay', current: 1, switchover: 900_000 })).toBe(900_000);
    expect(standbyTable.timers[standbyTable.states.indexOf('active')]).toEqual([]);
  });

  it('answers like getNextSnapshot for every state, every event and every context', () => {
    let compared = 0;
    for (const [s, state] of standbyTable.states.entries())
      for (const context of contexts) {
        const all: { code: number; event: TableEvent }[] = [
          ...events.map((event) => ({ code: standbyTable.code('MEMBERS'), event })),
          {
            code: standbyTable.code('after:switchover'),
            event: { type: `xstate.after.switchover.standby-group.${state}` },
          },
        ];
        for (const { code, event } of all) {
          const snapshot = standbyGroupMachine.resolveState({ value: state, context });
          const next = getNextSnapshot(standbyGroupMachine, snapshot, event as StandbyEvent);
          const mine = { ...context };
          const to = standbyTable.transition(s, code, mine, event);
          expect({ state: to < 0 ? state : standbyTable.states[to], context: mine }).toEqual({
            state: next.value,
            context: next.context,
          });
          compared++;
        }
      }
    expect(compared).toBe(3 * 8 * 9);
  });
});
