/**
 * The lifecycle of a standby (active/passive) group. This machine is the specification: the
 * simulator drives one actor of it per group on the engine's clock, and the bulk path derives
 * its transition table from it (simulator/fast/transition-table.ts).
 *
 * Member 0 is the one the scenario names `active`, member 1 its `standby`; `current` is the
 * member that serves (in `active`), that is being brought in (in `switching`), or that served
 * last (in `down`). After every change of its members the simulator sends MEMBERS: whether
 * each works, and the switch-over time a switch starting now would take (drawn by the runtime
 * from the group's own stream, so the machine stays a pure function of its events).
 *
 *   active    --MEMBERS [current down, other works]--> switching (current := other)
 *   active    --MEMBERS [both down]--> down
 *   active    --MEMBERS [failback return, standby serving, member 0 works]--> switching (current := 0)
 *   switching --(switch-over delay)--> active
 *   switching --MEMBERS [current down]--> down (current := the member it was leaving)
 *   down      --MEMBERS [current works]--> active (it was the active: nothing to switch)
 *   down      --MEMBERS [other works]--> switching (current := other)
 *
 * A switch in progress runs to its end even if the member it leaves comes back meanwhile; with
 * `failback: return` the group then switches back, which is another switch-over. A member
 * that leaves `switching` for `down` leaves the group with no member serving; the simulator
 * sends MEMBERS again at once, so a working other member is switched to in the same instant.
 */
import { assign, setup } from 'xstate';

export type Failback = 'stay' | 'return';

export interface StandbyInput {
  readonly failback: Failback;
}

export interface StandbyContext extends StandbyInput {
  /** The member serving, being switched to, or (when down) that served last. */
  readonly current: 0 | 1;
  /** The switch-over in progress (or the last one), in ms. */
  readonly switchover: number;
}

export type StandbyEvent = {
  type: 'MEMBERS';
  /** Whether member 0 (the named active) works, and member 1 (the standby). */
  first: boolean;
  second: boolean;
  /** How long a switch starting now takes, in ms. */
  switchover: number;
};

type Args = { context: StandbyContext; event: StandbyEvent | { type: string } };

const works = (event: Args['event'], member: 0 | 1): boolean =>
  event.type === 'MEMBERS' &&
  (member === 0 ? (event as StandbyEvent).first : (event as StandbyEvent).second);
const other = (member: 0 | 1): 0 | 1 => (member === 0 ? 1 : 0);

export const standbyGroupMachine = setup({
  types: {
    input: {} as StandbyInput,
    context: {} as StandbyContext,
    events: {} as StandbyEvent,
  },
  delays: {
    switchover: ({ context }) => context.switchover,
  },
  guards: {
    currentWorks: ({ context, event }: Args) => works(event, context.current),
    currentDownOtherWorks: ({ context, event }: Args) =>
      !works(event, context.current) && works(event, other(context.current)),
    currentDown: ({ context, event }: Args) => !works(event, context.current),
    otherWorks: ({ context, event }: Args) => works(event, other(context.current)),
    failsBack: ({ context, event }: Args) =>
      context.failback === 'return' && context.current === 1 && works(event, 0),
  },
  actions: {
    switchToOther: assign(({ context, event }: Args) => ({
      current: other(context.current),
      switchover: event.type === 'MEMBERS' ? (event as StandbyEvent).switchover : 0,
    })),
    abandon: assign(({ context }: Args) => ({ current: other(context.current) })),
  },
}).createMachine({
  id: 'standby-group',
  context: ({ input }) => ({ ...input, current: 0, switchover: 0 }),
  initial: 'active',
  states: {
    active: {
      on: {
        MEMBERS: [
          { guard: 'currentDownOtherWorks', target: 'switching', actions: 'switchToOther' },
          { guard: 'currentDown', target: 'down' },
          { guard: 'failsBack', target: 'switching', actions: 'switchToOther' },
        ],
      },
    },
    switching: {
      after: { switchover: { target: 'active' } },
      on: {
        MEMBERS: { guard: 'currentDown', target: 'down', actions: 'abandon' },
      },
    },
    down: {
      on: {
        MEMBERS: [
          { guard: 'currentWorks', target: 'active' },
          { guard: 'otherWorks', target: 'switching', actions: 'switchToOther' },
        ],
      },
    },
  },
});

export type StandbyState = 'active' | 'switching' | 'down';
/** The machine's top-level states, in the order the machine declares them. */
export const STANDBY_STATES = Object.keys(
  standbyGroupMachine.config.states ?? {},
) as StandbyState[];

/** The member that serves in a state: `current` while active, none (-1) otherwise. */
export const servingMember = (state: StandbyState, context: StandbyContext): number =>
  state === 'active' ? context.current : -1;
