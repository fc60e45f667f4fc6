import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor, type EventFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { Engine } from '../../src/core/engine.ts';
import { minutes } from '../../src/core/time.ts';
import {
  STANDBY_STATES,
  servingMember,
  standbyGroupMachine,
  type Failback,
} from '../../src/machines/standby-group.machine.ts';

type Ev = EventFrom<typeof standbyGroupMachine>;
const SWITCH = minutes(15);
const members = (first: boolean, second: boolean, switchover = SWITCH): Ev => ({
  type: 'MEMBERS',
  first,
  second,
  switchover,
});

function onEngine(failback: Failback = 'stay') {
  const engine = new Engine();
  const actor = createActor(standbyGroupMachine, { clock: engine.clock, input: { failback } });
  actor.start();
  const snap = () => actor.getSnapshot();
  return {
    engine,
    send: (e: Ev) => actor.send(e),
    state: () => snap().value,
    current: () => snap().context.current,
    serving: () => servingMember(snap().value, snap().context),
  };
}

describe('standby group machine', () => {
  it('reaches every declared state by a shortest path from active', () => {
    const paths = getShortestPaths(standbyGroupMachine, {
      input: { failback: 'return' },
      events: [
        members(true, true),
        members(false, true),
        members(true, false),
        members(false, false),
        { type: 'xstate.after.switchover.standby-group.switching' },
      ],
      serializeState: (s) => `${JSON.stringify(s.value)}|${s.context.current}`,
    });
    expect(new Set(paths.map((p) => p.state.value))).toEqual(new Set(STANDBY_STATES));
    expect(STANDBY_STATES).toEqual(['active', 'switching', 'down']);
  });

  it('serves from the active while it works, whatever the standby does', () => {
    const g = onEngine();
    g.send(members(true, true));
    g.send(members(true, false));
    expect([g.state(), g.serving()]).toEqual(['active', 0]);
  });

  it('serves nothing for the switch-over time when the active stops, then serves from the standby', () => {
    const g = onEngine();
    g.engine.run({ until: minutes(60) });
    g.send(members(false, true));
    expect([g.state(), g.current(), g.serving()]).toEqual(['switching', 1, -1]);
    g.engine.run({ until: minutes(60) + SWITCH - 1 });
    expect(g.state()).toBe('switching');
    g.engine.run({ until: minutes(60) + SWITCH + 1 });
    expect([g.state(), g.serving()]).toEqual(['active', 1]);
  });

  it('with failback stay, keeps the standby active when the first member comes back', () => {
    const g = onEngine('stay');
    g.send(members(false, true));
    g.engine.run({ until: SWITCH + 1 });
    g.send(members(true, true));
    expect([g.state(), g.serving()]).toEqual(['active', 1]);
    // The recovered first member is now the standby: losing the second switches back to it.
    g.send(members(true, false));
    expect([g.state(), g.current()]).toEqual(['switching', 0]);
  });

  it('with failback return, switches back (another switch-over) once the first member works', () => {
    const g = onEngine('return');
    g.send(members(false, true));
    g.engine.run({ until: SWITCH + 1 });
    g.send(members(false, true));
    expect(g.serving()).toBe(1);
    g.send(members(true, true, minutes(5)));
    expect([g.state(), g.current(), g.serving()]).toEqual(['switching', 0, -1]);
    g.engine.run({ until: SWITCH + 1 + minutes(5) + 1 });
    expect([g.state(), g.serving()]).toEqual(['active', 0]);
  });

  it('finishes a switch in progress even when the member it leaves comes back', () => {
    const g = onEngine('stay');
    g.send(members(false, true));
    g.send(members(true, true));
    expect(g.state()).toBe('switching');
    g.engine.run({ until: SWITCH + 1 });
    expect(g.serving()).toBe(1);
  });

  it('is down when both members are down, and the member that served last resumes at once', () => {
    const g = onEngine();
    g.send(members(false, false));
    expect([g.state(), g.serving()]).toEqual(['down', -1]);
    g.send(members(true, false));
    expect([g.state(), g.serving()]).toEqual(['active', 0]);
  });

  it('from down, switches over to the other member when it comes back first', () => {
    const g = onEngine();
    g.send(members(false, false));
    g.send(members(false, true));
    expect([g.state(), g.current()]).toEqual(['switching', 1]);
  });

  it('abandons a switch whose target stops working, back to the member it was leaving', () => {
    const g = onEngine();
    g.send(members(false, true));
    g.send(members(false, false));
    expect([g.state(), g.current()]).toEqual(['down', 0]);
    g.engine.run({ until: SWITCH * 2 });
    expect(g.state()).toBe('down');
    // Sent again at once: the first member works now, so it serves without a switch.
    g.send(members(true, false));
    expect([g.state(), g.serving()]).toEqual(['active', 0]);
  });

  it('switches to the working member when the standby in service fails', () => {
    const g = onEngine('stay');
    g.send(members(false, true));
    g.engine.run({ until: SWITCH + 1 });
    g.send(members(true, false));
    expect([g.state(), g.current()]).toEqual(['switching', 0]);
  });

  it('property: a serving member always works as of the last MEMBERS event', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Failback>('stay', 'return'),
        fc.array(fc.record({ first: fc.boolean(), second: fc.boolean(), wait: fc.nat(40) }), {
          maxLength: 30,
        }),
        (failback, steps) => {
          const g = onEngine(failback);
          let t = 0;
          for (const s of steps) {
            g.send(members(s.first, s.second));
            // As the simulator does: send again until nothing changes.
            g.send(members(s.first, s.second));
            const serving = g.serving();
            if (serving === 0) expect(s.first).toBe(true);
            if (serving === 1) expect(s.second).toBe(true);
            if (!s.first && !s.second) expect(g.state()).toBe('down');
            if (s.first || s.second) expect(g.state()).not.toBe('down');
            t += minutes(s.wait);
            g.engine.run({ until: t });
          }
        },
      ),
    );
  });
});
