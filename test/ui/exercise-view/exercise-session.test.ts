// @vitest-environment happy-dom
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { ExerciseSession } from '../../../src/ui/exercise-view/exercise-session.ts';
import { scenario as build } from '../../support/model-builder.ts';
import { m, script } from '../../exercise/script.ts';

const bankless = build({ services: [], components: [] });
const scenario = { ...bankless, name: 'Drill', exercise: script };

function host(): ReactiveControllerHost & { controllers: ReactiveController[] } {
  const controllers: ReactiveController[] = [];
  return {
    controllers,
    addController: (c) => controllers.push(c),
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  };
}

function open(of = scenario, seed = '1') {
  const session = new ExerciseSession(host(), of, seed);
  session.hostConnected();
  return session;
}

afterEach(() => localStorage.clear());

describe('an exercise session in the browser', () => {
  it('keeps a started exercise: the next visit resumes it paused, with its log and notes', () => {
    const first = open();
    first.send({ type: 'START' });
    first.send({ type: 'RELEASE', inject: 'press' });
    first.setNotes('Slow start');
    first.hostDisconnected();
    const next = open(scenario, 'another seed');
    expect(next.status).toBe('paused');
    expect(next.restored).toBe(true);
    expect(next.seed).toBe('1'); // the seed it started with
    expect(next.snapshot.context.released).toEqual(['press']);
    expect(next.notes).toBe('Slow start');
    next.hostDisconnected();
  });

  it('saves nothing before the exercise starts', () => {
    open().hostDisconnected();
    expect(localStorage.length).toBe(0);
  });

  it('starts afresh on an edited script, and keeps the save of the old one', () => {
    const first = open();
    first.send({ type: 'START' });
    first.hostDisconnected();
    const edited = {
      ...scenario,
      exercise: {
        ...script,
        injects: script.injects.map((i) => (i.id === 'calls' ? { ...i, id: 'phones' } : i)),
      },
    };
    const next = open(edited);
    expect(next.status).toBe('ready');
    expect(localStorage.length).toBe(1);
    next.send({ type: 'START' });
    expect(next.snapshot.context.now).toBe(m(60));
    next.hostDisconnected();
    expect(localStorage.length).toBe(2);
  });

  it('forgets a discarded exercise', () => {
    const first = open();
    first.send({ type: 'START' });
    first.discard();
    expect(localStorage.length).toBe(0);
    expect(open().status).toBe('ready');
  });

  it('goes on paused where it stood after being disconnected and connected again', () => {
    const session = open();
    session.send({ type: 'START' });
    session.send({ type: 'RELEASE', inject: 'press' });
    session.hostDisconnected();
    session.hostConnected();
    expect(session.status).toBe('paused');
    expect(session.snapshot.context.released).toEqual(['press']);
    session.send({ type: 'RESUME' });
    expect(session.status).toBe('running');
    session.hostDisconnected();
  });

  it("runs the team's simulation on the exercise's days and tells participants only what was released", () => {
    const session = open();
    session.send({ type: 'START' });
    session.send({ type: 'RELEASE', inject: 'press' });
    const state = session.participantState();
    expect(state.narrative.map((n) => n.text)).toEqual(['The press calls']);
    // the run covers the exercise's day and the day after, from midnight
    expect(session.view.offset).toBe(0);
    expect(session.view.run.scenario.horizon).toBe(2 * 86_400_000);
    session.hostDisconnected();
  });
});
