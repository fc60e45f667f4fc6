import { describe, expect, it } from 'vitest';
import { getNextSnapshot } from 'xstate';
import {
  componentMachine,
  type Cause,
  type ComponentEvent,
} from '../../../src/machines/component.machine.ts';
import { DirectEvent } from '../../../src/simulator/fast/direct-event.ts';
import {
  componentTable,
  type MutableContext,
} from '../../../src/simulator/fast/transition-table.ts';

const causes: Cause[] = ['random', 'inject', 'overload', 'timer', 'plan'];
const contexts: MutableContext[] = [];
for (const capacityShare of [0, 0.5, 1])
  for (const overloadFailAfter of [null, 0, 7_200_000])
    for (const cause of causes)
      contexts.push({ detection: 120_000, overloadFailAfter, capacityShare, cause });

/** Machine events with payloads: the load signals first, then every other kind. */
const events: ComponentEvent[] = [
  { type: 'OVERLOAD' },
  { type: 'LOAD_NORMAL' },
  { type: 'FAIL', cause: 'inject' },
  { type: 'DEGRADE', share: 0.4, cause: 'inject' },
  { type: 'DETECTED' },
  { type: 'RECOVERED' },
  { type: 'RESTORE', cause: 'plan' },
  { type: 'DEGRADE_END' },
];

describe('a direct event (the load signals settle() sends)', () => {
  it('moves an operational component to overloaded and marks the cause, as the machine does', () => {
    const overload = new DirectEvent(componentTable, { type: 'OVERLOAD' });
    const context: MutableContext = {
      detection: 0,
      overloadFailAfter: 14_400_000,
      capacityShare: 1,
      cause: 'timer',
    };
    const to = overload.transition(componentTable.states.indexOf('operational'), context);
    expect(componentTable.states[to]).toBe('overloaded');
    expect(context).toEqual({ ...context, capacityShare: 1, cause: 'overload' });
  });

  it('sends LOAD_NORMAL to operational at full capacity and to degraded below it', () => {
    const normal = new DirectEvent(componentTable, { type: 'LOAD_NORMAL' });
    const overloaded = componentTable.states.indexOf('overloaded');
    const full: MutableContext = {
      detection: 0,
      overloadFailAfter: null,
      capacityShare: 1,
      cause: 'overload',
    };
    expect(componentTable.states[normal.transition(overloaded, full)]).toBe('operational');
    expect(
      componentTable.states[normal.transition(overloaded, { ...full, capacityShare: 0.5 })],
    ).toBe('degraded');
    expect(normal.transition(componentTable.states.indexOf('failed'), full)).toBe(-1);
  });

  it('answers like the table and like getNextSnapshot for every state, event and context', () => {
    let compared = 0;
    for (const event of events) {
      const direct = new DirectEvent(componentTable, event);
      for (const [s, state] of componentTable.states.entries())
        for (const context of contexts) {
          const viaTable = { ...context };
          const tableTo = componentTable.transition(s, direct.code, viaTable, event);
          const mine = { ...context };
          const to = direct.transition(s, mine);
          expect({ to, context: mine }).toEqual({ to: tableTo, context: viaTable });
          const snapshot = componentMachine.resolveState({ value: state, context });
          const next = getNextSnapshot(componentMachine, snapshot, event);
          expect({ state: to < 0 ? state : componentTable.states[to], context: mine }).toEqual({
            state: next.value,
            context: next.context,
          });
          compared++;
        }
    }
    expect(compared).toBe(events.length * componentTable.states.length * contexts.length);
  });

  it('is refused for a delayed event, which the table raises itself', () => {
    expect(() => new DirectEvent(componentTable, { type: 'after:overloadLimit' })).toThrow(
      /delayed event/,
    );
  });
});
