import { describe, expect, it } from 'vitest';
import { createActor, type EventFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { Engine } from '../../src/core/engine.ts';
import { minutes } from '../../src/core/time.ts';
import { COMPONENT_STATES, componentMachine } from '../../src/machines/component.machine.ts';

type Ev = EventFrom<typeof componentMachine>;
const input: { detection: number; overloadFailAfter: number | null } = {
  detection: minutes(5),
  overloadFailAfter: minutes(30),
};
/** Every event the machine knows, including its delayed transitions (as XState names them). */
const allEvents = [
  { type: 'FAIL', cause: 'random' },
  { type: 'DEGRADE', share: 0.5, cause: 'inject' },
  { type: 'OVERLOAD' },
  { type: 'LOAD_NORMAL' },
  { type: 'DETECTED' },
  { type: 'RECOVERED' },
  { type: 'RESTORE', cause: 'inject' },
  { type: 'DEGRADE_END' },
  { type: 'xstate.after.detection.component.failed' },
  { type: 'xstate.after.detection.component.degraded' },
  { type: 'xstate.after.overloadLimit.component.overloaded' },
] as unknown as Ev[];

function onEngine(overrides: Partial<typeof input> = {}) {
  const engine = new Engine();
  const actor = createActor(componentMachine, {
    clock: engine.clock,
    input: { ...input, ...overrides },
  });
  actor.start();
  return { engine, actor, state: () => actor.getSnapshot().value };
}

describe('component lifecycle machine', () => {
  it('reaches every declared state by a shortest path from operational', () => {
    const paths = getShortestPaths(componentMachine, {
      input,
      events: allEvents,
      serializeState: (s) => `${JSON.stringify(s.value)}|${s.context.capacityShare}`,
    });
    const reached = new Set(paths.map((p) => p.state.value));
    expect([...reached].sort()).toEqual([...COMPONENT_STATES].sort());
    expect(COMPONENT_STATES).toEqual([
      'operational',
      'overloaded',
      'degraded',
      'failed',
      'recovering',
    ]);
  });

  it('ignores events that make no sense in the current state', () => {
    const { actor, state } = onEngine();
    for (const type of ['RECOVERED', 'DETECTED', 'LOAD_NORMAL'] as const) {
      actor.send({ type });
      expect(state()).toBe('operational');
    }
    actor.send({ type: 'FAIL', cause: 'inject' });
    actor.send({ type: 'OVERLOAD' });
    actor.send({ type: 'DEGRADE', share: 0.5, cause: 'inject' });
    actor.send({ type: 'RECOVERED' });
    expect(state()).toBe('failed');
    expect(actor.getSnapshot().context.capacityShare).toBe(0);
  });

  it('is detected after its detection delay on the engine clock, and only then recovers', () => {
    const { engine, actor, state } = onEngine();
    actor.send({ type: 'FAIL', cause: 'random' });
    engine.run({ until: minutes(5) - 1 });
    expect(state()).toBe('failed');
    engine.run({ until: minutes(5) + 1 });
    expect(state()).toBe('recovering');
    actor.send({ type: 'RECOVERED' });
    expect(state()).toBe('operational');
    expect(actor.getSnapshot().context).toMatchObject({ capacityShare: 1, cause: 'plan' });
  });

  it('fails after sustained overload past its limit, with overload as the cause', () => {
    const { engine, actor, state } = onEngine();
    actor.send({ type: 'OVERLOAD' });
    engine.run({ until: minutes(29) });
    expect(state()).toBe('overloaded');
    engine.run({ until: minutes(31) });
    expect(state()).toBe('failed');
    expect(actor.getSnapshot().context.cause).toBe('overload');
  });

  it('survives an overload that ends before the limit, and the timer is cancelled', () => {
    const { engine, actor, state } = onEngine();
    actor.send({ type: 'OVERLOAD' });
    engine.run({ until: minutes(20) });
    actor.send({ type: 'LOAD_NORMAL' });
    engine.run({ until: minutes(120) });
    expect(state()).toBe('operational');
  });

  it('only saturates under overload when it has no overload limit', () => {
    const { engine, actor, state } = onEngine({ overloadFailAfter: null });
    actor.send({ type: 'OVERLOAD' });
    engine.run({ until: minutes(10_000) });
    expect(state()).toBe('overloaded');
  });

  it('keeps its reduced capacity through an overload and returns to degraded', () => {
    const { actor, state } = onEngine();
    actor.send({ type: 'DEGRADE', share: 0.4, cause: 'inject' });
    actor.send({ type: 'OVERLOAD' });
    actor.send({ type: 'LOAD_NORMAL' });
    expect(state()).toBe('degraded');
    expect(actor.getSnapshot().context.capacityShare).toBe(0.4);
  });

  it('is restored by hand from any state, cancelling its pending detection', () => {
    const { engine, actor, state } = onEngine();
    actor.send({ type: 'FAIL', cause: 'inject' });
    actor.send({ type: 'RESTORE', cause: 'inject' });
    engine.run({ until: minutes(60) });
    expect(state()).toBe('operational');
  });
});
