/**
 * An exercise played from a script of commands instead of a live clock: on-demand releases,
 * delays, decisions and an early end at given simulated times, the clock advancing between
 * them (releasing timed injects and taking defaults on the way). For replays, the command
 * line and tests; the same functions drive the live exercise machine.
 */
import type { Exercise } from '../core/model.ts';
import {
  advanceClock,
  delayInject,
  exerciseEnd,
  initialClock,
  releaseInject,
  takeDecision,
  type ClockState,
} from './clock.ts';
import type { ExerciseLog } from './log.ts';

export type ScriptedCommand =
  | { readonly at: number; readonly kind: 'release'; readonly inject: string }
  | { readonly at: number; readonly kind: 'delay'; readonly inject: string; readonly by: number }
  | {
      readonly at: number;
      readonly kind: 'decide';
      readonly decision: string;
      readonly option: string;
    }
  | { readonly at: number; readonly kind: 'end' };

/** Why a command did nothing, for the person who wrote it. */
export interface CommandProblem {
  readonly command: ScriptedCommand;
  readonly problem: string;
}

function explain(exercise: Exercise, s: ClockState, c: ScriptedCommand): string {
  switch (c.kind) {
    case 'release':
      return exercise.injects.some((i) => i.id === c.inject)
        ? `the inject ${c.inject} was already released`
        : `there is no inject ${c.inject}; the exercise has ${exercise.injects.map((i) => i.id).join(', ')}`;
    case 'delay':
      return `the inject ${c.inject} is not a timed inject waiting to be released`;
    case 'decide': {
      const point = exercise.decisions.find((d) => d.id === c.decision);
      if (!point)
        return `there is no decision ${c.decision}; the exercise asks ${exercise.decisions.map((d) => d.id).join(', ')}`;
      if (!point.options.some((o) => o.id === c.option))
        return `the decision ${c.decision} has no option ${c.option}; its options are ${point.options.map((o) => o.id).join(', ')}`;
      return s.opened.includes(c.decision)
        ? `the decision ${c.decision} was already taken`
        : `the decision ${c.decision} was not asked yet`;
    }
    case 'end':
      return 'the exercise had already ended';
  }
}

/** Plays the commands in time order (ties in the order given) and runs to the end. */
export function playScript(
  exercise: Exercise,
  commands: readonly ScriptedCommand[],
): { log: ExerciseLog; problems: CommandProblem[] } {
  const ordered = commands
    .map((command, i) => ({ command, i }))
    .sort((a, b) => a.command.at - b.command.at || a.i - b.i)
    .map(({ command }) => command);
  let s: ClockState = { ...initialClock(exercise), log: [{ t: exercise.start, kind: 'started' }] };
  s = advanceClock(exercise, s, exercise.start);
  const problems: CommandProblem[] = [];
  let ended = false;
  for (const command of ordered) {
    if (ended || command.at > exerciseEnd(exercise)) {
      problems.push({ command, problem: 'it comes after the end of the exercise' });
      continue;
    }
    s = advanceClock(exercise, s, command.at);
    const before = s;
    if (command.kind === 'release') s = releaseInject(exercise, s, command.inject, 'on-demand');
    else if (command.kind === 'delay') s = delayInject(s, command.inject, command.by);
    else if (command.kind === 'decide')
      s = takeDecision(exercise, s, command.decision, command.option);
    else {
      s = { ...s, log: [...s.log, { t: s.now, kind: 'ended' }] };
      ended = true;
    }
    if (s === before) problems.push({ command, problem: explain(exercise, s, command) });
  }
  if (!ended) {
    s = advanceClock(exercise, s, exerciseEnd(exercise));
    s = { ...s, log: [...s.log, { t: s.now, kind: 'ended' }] };
  }
  return { log: s.log, problems };
}
