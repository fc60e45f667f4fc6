/**
 * A recovery team (core/team-model.ts) in a run: who of its `size` people are busy, which
 * plan steps wait for it, and whether it is off duty, called out or at work.
 *
 *   offDuty --REQUEST (outside hours, a call-out: `arrives` given)--> calledOut
 *   calledOut --ARRIVED--> atWork (steps were waiting) | offDuty (none left)
 *   atWork --(no step running, none waiting, outside hours)--> offDuty
 *
 * The machine reads no clock and draws nothing: each event says whether the moment is inside
 * the team's working hours (`inHours`), and a REQUEST that calls the team out carries the
 * arrival the caller drew (`needsCallOut` says when to draw). The caller schedules ARRIVED.
 *
 * At work = inside its hours, or engaged: it has a step running, or a person who just finished
 * one and has not yet been given the next (`held`, until DISPATCH). A step starts at once when
 * the team is at work, has a free person and nobody waits; otherwise it joins the queue,
 * ordered by rank (the best service priority of the step's component; lower first), then by
 * request (`seq`, global to the run). A finished step's person is held until DISPATCH, which
 * the caller sends once the plan has made its new requests: the person then takes the best
 * waiting step, whatever the hour. The same pure functions drive the fast path
 * (simulator/fast/teams.ts).
 */
import { enqueueActions, setup } from 'xstate';
import {
  initialTeamContext,
  phaseOf,
  teamStep,
  type TeamContext,
  type TeamEmitted,
  type TeamEvent,
} from './team-rules.ts';

export * from './team-rules.ts';

export interface TeamInput {
  readonly size: number;
}

export const teamMachine = setup({
  types: {
    input: {} as TeamInput,
    context: {} as TeamContext,
    events: {} as TeamEvent,
    emitted: {} as TeamEmitted,
  },
  guards: {
    atWork: ({ context }) => phaseOf(context, context.inHours) === 'atWork',
    calledOut: ({ context }) => phaseOf(context, context.inHours) === 'calledOut',
    offDuty: ({ context }) => phaseOf(context, context.inHours) === 'offDuty',
  },
  actions: {
    apply: enqueueActions(({ context, event, enqueue: q }) => {
      const outcome = teamStep(context, event);
      q.assign({ ...outcome.context });
      if (event.type === 'REQUEST' && outcome.waiting) {
        q.emit({ type: 'step.waiting', key: event.request.key });
        if (outcome.context.arrives !== null && context.arrives === null)
          q.emit({ type: 'team.calledOut', arrives: outcome.context.arrives });
      }
      for (const key of outcome.granted) q.emit({ type: 'step.granted', key });
    }),
  },
}).createMachine({
  id: 'team',
  context: ({ input }) => initialTeamContext(input.size),
  initial: 'offDuty',
  on: {
    REQUEST: { actions: 'apply', target: '.deciding' },
    RELEASE: { actions: 'apply', target: '.deciding' },
    WITHDRAW: { actions: 'apply', target: '.deciding' },
    DISPATCH: { actions: 'apply', target: '.deciding' },
    ARRIVED: { actions: 'apply', target: '.deciding' },
  },
  states: {
    /** Transient: the phase follows from the context after each event. */
    deciding: {
      always: [
        { guard: 'atWork', target: 'atWork' },
        { guard: 'calledOut', target: 'calledOut' },
        { target: 'offDuty' },
      ],
    },
    offDuty: {},
    calledOut: {},
    atWork: {},
  },
});
