import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { Engine } from '../../src/core/engine.ts';
import { minutes } from '../../src/core/time.ts';
import { recoveryPlanMachine } from '../../src/machines/recovery-plan.machine.ts';
import {
  arrivalOf,
  enqueue,
  initialTeamContext,
  teamMachine,
  teamStep,
  type TeamEvent,
  type TeamRequest,
} from '../../src/machines/team.machine.ts';

const req = (key: number, rank = Infinity, seq = key): TeamRequest => ({ key, rank, seq });

function team(size: number) {
  const actor = createActor(teamMachine, { input: { size } });
  const log: string[] = [];
  actor.on('step.granted', (e) => log.push(`granted ${e.key}`));
  actor.on('step.waiting', (e) => log.push(`waiting ${e.key}`));
  actor.on('team.calledOut', (e) => log.push(`called out, arrives ${e.arrives}`));
  actor.start();
  const send = (e: TeamEvent) => {
    log.length = 0;
    actor.send(e);
    return { state: actor.getSnapshot().value, log: [...log] };
  };
  return { actor, send };
}

describe('team machine', () => {
  it('is off duty, called out by a step outside its hours, and at work when the call-out arrives', () => {
    const { send } = team(1);
    expect(send({ type: 'REQUEST', request: req(1), inHours: false, arrives: 45 })).toEqual({
      state: 'calledOut',
      log: ['waiting 1', 'called out, arrives 45'],
    });
    // A second step joins the queue: no second call-out.
    expect(send({ type: 'REQUEST', request: req(2), inHours: false, arrives: null })).toEqual({
      state: 'calledOut',
      log: ['waiting 2'],
    });
    expect(send({ type: 'ARRIVED', inHours: false })).toEqual({
      state: 'atWork',
      log: ['granted 1'],
    });
    // The person finishes step 1: held until DISPATCH, then takes step 2, whatever the hour.
    expect(send({ type: 'RELEASE', inHours: false })).toEqual({ state: 'atWork', log: [] });
    expect(send({ type: 'DISPATCH', inHours: false })).toEqual({
      state: 'atWork',
      log: ['granted 2'],
    });
    send({ type: 'RELEASE', inHours: false });
    // Nothing running, nothing waiting, outside its hours: it stands down.
    expect(send({ type: 'DISPATCH', inHours: false })).toEqual({ state: 'offDuty', log: [] });
  });

  it('starts a step at once inside its hours while a person is free and nobody waits', () => {
    const { send } = team(2);
    expect(send({ type: 'REQUEST', request: req(1), inHours: true, arrives: null }).log).toEqual([
      'granted 1',
    ]);
    expect(send({ type: 'REQUEST', request: req(2), inHours: true, arrives: null }).log).toEqual([
      'granted 2',
    ]);
    expect(send({ type: 'REQUEST', request: req(3), inHours: true, arrives: null })).toEqual({
      state: 'atWork',
      log: ['waiting 3'],
    });
  });

  it('gives a held person to the next step of the same plan at once when nobody else waits', () => {
    const { send } = team(1);
    send({ type: 'REQUEST', request: req(1), inHours: true, arrives: null });
    send({ type: 'RELEASE', inHours: false });
    // After hours, the person who just finished is still at work: no call-out.
    expect(send({ type: 'REQUEST', request: req(2), inHours: false, arrives: null }).log).toEqual([
      'granted 2',
    ]);
  });

  it('abandons a withdrawn step; a call-out arriving to an empty queue stands down', () => {
    const { send } = team(1);
    send({ type: 'REQUEST', request: req(1), inHours: false, arrives: 30 });
    send({ type: 'WITHDRAW', key: 1, inHours: false });
    expect(send({ type: 'ARRIVED', inHours: false })).toEqual({ state: 'offDuty', log: [] });
  });

  it('arrives at the call-out delay, or at the start of its hours if that is sooner', () => {
    expect(arrivalOf(100, 45, 200)).toBe(145);
    expect(arrivalOf(100, 45, 130)).toBe(130);
    expect(arrivalOf(100, 45, Infinity)).toBe(145);
  });

  it('keeps its queue in order of rank, then of request', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ rank: fc.constantFrom(1, 2, 3, Infinity) }), { maxLength: 20 }),
        (rows) => {
          let queue: TeamRequest[] = [];
          rows.forEach((r, seq) => (queue = enqueue(queue, req(seq, r.rank, seq))));
          const sorted = [...queue].sort((a, b) =>
            a.rank === b.rank ? a.seq - b.seq : a.rank < b.rank ? -1 : 1,
          );
          expect(queue).toEqual(sorted);
        },
      ),
    );
  });

  it('never runs more steps than its size, and never leaves a step waiting while a person at work is free', () => {
    const event = fc.oneof(
      fc.record({ type: fc.constant('REQUEST' as const), rank: fc.constantFrom(1, 2, Infinity) }),
      fc.constant({ type: 'RELEASE' as const }),
      fc.constant({ type: 'ARRIVED' as const }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.tuple(event, fc.boolean()), { maxLength: 40 }),
        (size, events) => {
          let c = initialTeamContext(size);
          let seq = 0;
          for (const [e, inHours] of events) {
            if (e.type === 'RELEASE' && c.running === 0) continue;
            if (e.type === 'ARRIVED' && c.arrives === null) continue;
            const outcome =
              e.type === 'REQUEST'
                ? teamStep(c, {
                    type: 'REQUEST',
                    request: req(seq, e.rank, seq++),
                    inHours,
                    arrives: !inHours && c.running + c.held === 0 && c.arrives === null ? 10 : null,
                  })
                : teamStep(c, { type: e.type, inHours });
            c = outcome.context;
            if (e.type === 'RELEASE') c = teamStep(c, { type: 'DISPATCH', inHours }).context;
            expect(c.running).toBeLessThanOrEqual(size);
            // (A call-out under way is answered by its ARRIVED, even at the instant hours begin.)
            const atWork = (inHours || c.running > 0) && c.arrives === null;
            if (atWork) expect(c.running === size || c.queue.length === 0).toBe(true);
            else if (c.queue.length > 0) expect(c.arrives).not.toBeNull();
          }
        },
      ),
    );
  });
});

describe('recovery plan machine with a team', () => {
  it('asks for a person, waits for its team, and starts the step on TEAM_GRANTED', () => {
    const engine = new Engine();
    const actor = createActor(recoveryPlanMachine, {
      clock: engine.clock,
      input: {
        steps: [
          { id: 'rebuild', owner: 'dba', team: 'dba', after: [], duration: minutes(60) },
          { id: 'notify', owner: 'desk', after: [], duration: minutes(5) },
        ],
      },
    });
    const log: string[] = [];
    actor.on('step.requested', (e) => log.push(`${engine.now} requested ${e.step} of ${e.team}`));
    actor.on('step.started', (e) => log.push(`${engine.now} started ${e.step}`));
    actor.on('step.finished', (e) => log.push(`${engine.now} finished ${e.step}`));
    actor.start();
    actor.send({ type: 'START' });
    expect(actor.getSnapshot().value).toEqual({ running: 'working' });
    expect(actor.getSnapshot().context.status).toEqual({
      rebuild: 'waiting for team',
      notify: 'running',
    });
    engine.run({ until: minutes(30) });
    // Nothing running, the rebuild waiting for its team.
    expect(actor.getSnapshot().value).toEqual({ running: 'waitingForTeam' });
    actor.send({ type: 'TEAM_GRANTED', step: 'rebuild' });
    expect(actor.getSnapshot().value).toEqual({ running: 'working' });
    engine.run({ until: Infinity });
    expect(actor.getSnapshot().value).toBe('completed');
    expect(log).toEqual([
      '0 requested rebuild of dba',
      '0 started notify',
      `${minutes(5)} finished notify`,
      `${minutes(30)} started rebuild`,
      `${minutes(90)} finished rebuild`,
    ]);
  });
});
