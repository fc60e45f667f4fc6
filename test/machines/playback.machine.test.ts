import { describe, expect, it } from 'vitest';
import { createActor, type EventFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  DEFAULT_SPEED,
  PLAYBACK_STATES,
  SPEEDS,
  playbackMachine,
  settled,
  type PlaybackInput,
} from '../../src/machines/playback.machine.ts';
import { days, hours, minutes } from '../../src/core/time.ts';

type Ev = EventFrom<typeof playbackMachine>;
const eventTimes = [hours(10), hours(10) + minutes(15), hours(30)];
const input = { horizon: days(2), eventTimes };

function player(over: Partial<PlaybackInput> = {}) {
  const actor = createActor(playbackMachine, { input: { ...input, ...over } });
  actor.start();
  const snap = () => actor.getSnapshot();
  return {
    send: (e: Ev) => actor.send(e),
    state: () => snap().value,
    playhead: () => snap().context.playhead,
    context: () => snap().context,
  };
}

describe('playback machine', () => {
  it('reaches every declared state by a shortest path from paused', () => {
    // a short horizon keeps the graph of (state, playhead) finite: one hour per TICK
    const paths = getShortestPaths(playbackMachine, {
      input: { horizon: hours(3), eventTimes: [hours(1)] },
      events: [
        { type: 'PLAY' },
        { type: 'PAUSE' },
        { type: 'TOGGLE' },
        { type: 'TICK', realMs: 1000 },
        { type: 'STEP_FORWARD' },
      ] as Ev[],
      serializeState: (s) => `${JSON.stringify(s.value)}|${s.context.playhead}`,
      limit: 1000,
    });
    expect([...new Set(paths.map((p) => p.state.value))].sort()).toEqual(
      [...PLAYBACK_STATES].sort(),
    );
    expect(PLAYBACK_STATES).toEqual(['paused', 'playing']);
  });

  it('starts paused at 0 at one hour per second', () => {
    const p = player();
    expect(p.state()).toBe('paused');
    expect(p.context()).toEqual({
      horizon: days(2),
      eventTimes,
      speed: DEFAULT_SPEED,
      playhead: 0,
    });
    expect(DEFAULT_SPEED).toBe(hours(1));
    expect(SPEEDS.map((s) => s.label)).toEqual([
      '1 min/s',
      '10 min/s',
      '1 h/s',
      '6 h/s',
      '1 day/s',
      '1 week/s',
    ]);
    expect(SPEEDS.map((s) => s.value)).toEqual([
      60_000, 600_000, 3_600_000, 21_600_000, 86_400_000, 604_800_000,
    ]);
  });

  it('advances the playhead by speed x real time on each TICK while playing', () => {
    const p = player();
    p.send({ type: 'PLAY' });
    p.send({ type: 'TICK', realMs: 500 });
    expect(p.playhead()).toBe(minutes(30));
    p.send({ type: 'SET_SPEED', speed: 60_000 });
    p.send({ type: 'TICK', realMs: 2000 });
    expect(p.playhead()).toBe(minutes(32));
    expect(p.state()).toBe('playing');
  });

  it('pauses on the start of the minute the playhead stands in, as the time shown reads it', () => {
    const p = player({ speed: 60_000 });
    p.send({ type: 'PLAY' });
    p.send({ type: 'TICK', realMs: 106_990 }); // 1 h 46 min 59.4 s at 1 min/s
    expect(p.playhead()).toBeCloseTo(hours(1) + minutes(46) + 59_400, 3);
    p.send({ type: 'PAUSE' });
    expect([p.state(), p.playhead()]).toEqual(['paused', hours(1) + minutes(46)]);
    p.send({ type: 'TOGGLE' });
    p.send({ type: 'TICK', realMs: 500 });
    p.send({ type: 'TOGGLE' });
    expect([p.state(), p.playhead()]).toEqual(['paused', hours(1) + minutes(46)]);
    expect(settled(minutes(3) + 1)).toBe(minutes(3));
    expect(settled(minutes(3))).toBe(minutes(3));
  });

  it('ignores TICK while paused, and PAUSE while paused', () => {
    const p = player();
    p.send({ type: 'TICK', realMs: 10_000 });
    p.send({ type: 'PAUSE' });
    expect(p.state()).toBe('paused');
    expect(p.playhead()).toBe(0);
  });

  it('stops at the horizon, paused, and PLAY there restarts from 0', () => {
    const p = player();
    p.send({ type: 'PLAY' });
    p.send({ type: 'SET_SPEED', speed: days(1) });
    p.send({ type: 'TICK', realMs: 1500 });
    expect([p.state(), p.playhead()]).toEqual(['playing', hours(36)]);
    p.send({ type: 'TICK', realMs: 1000 });
    expect([p.state(), p.playhead()]).toEqual(['paused', days(2)]);
    p.send({ type: 'TOGGLE' });
    expect([p.state(), p.playhead()]).toEqual(['playing', 0]);
    p.send({ type: 'TOGGLE' });
    expect(p.state()).toBe('paused');
  });

  it('steps forward and back exactly onto event times, pausing, and stays put past the last', () => {
    const p = player();
    p.send({ type: 'PLAY' });
    p.send({ type: 'STEP_FORWARD' });
    expect([p.state(), p.playhead()]).toEqual(['paused', hours(10)]);
    p.send({ type: 'STEP_FORWARD' });
    expect(p.playhead()).toBe(hours(10) + minutes(15));
    p.send({ type: 'SEEK', t: hours(20) });
    p.send({ type: 'STEP_BACK' });
    expect(p.playhead()).toBe(hours(10) + minutes(15));
    p.send({ type: 'SEEK', t: hours(40) });
    p.send({ type: 'STEP_FORWARD' });
    expect(p.playhead()).toBe(hours(40));
    p.send({ type: 'SEEK', t: hours(10) });
    p.send({ type: 'STEP_BACK' });
    expect(p.playhead()).toBe(hours(10));
  });

  it('clamps SEEK to [0, horizon] and keeps playing or paused', () => {
    const p = player();
    p.send({ type: 'SEEK', t: days(5) });
    expect([p.state(), p.playhead()]).toEqual(['paused', days(2)]);
    p.send({ type: 'PLAY' });
    p.send({ type: 'SEEK', t: -5 });
    expect([p.state(), p.playhead()]).toEqual(['playing', 0]);
  });

  it('ignores a speed that is not a positive number', () => {
    const p = player();
    p.send({ type: 'SET_SPEED', speed: 0 });
    p.send({ type: 'SET_SPEED', speed: Number.NaN });
    expect(p.context().speed).toBe(DEFAULT_SPEED);
  });

  it('LOAD takes a new run, keeping the playhead clamped unless one is given', () => {
    const p = player({ playhead: hours(40), speed: minutes(10) });
    expect(p.playhead()).toBe(hours(40));
    p.send({ type: 'LOAD', horizon: days(1), eventTimes: [hours(1)] });
    expect(p.context()).toEqual({
      horizon: days(1),
      eventTimes: [hours(1)],
      speed: minutes(10),
      playhead: days(1),
    });
    p.send({ type: 'LOAD', horizon: days(3), eventTimes: [], playhead: hours(5) });
    expect(p.playhead()).toBe(hours(5));
    expect(p.state()).toBe('paused');
  });
});
