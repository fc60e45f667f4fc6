/** A small hand-made exercise for the tests: times in minutes after the scenario start. */
import type { Exercise } from '../../src/core/model.ts';
import { minutes, ms, simTime } from '../../src/core/time.ts';

export const m = (n: number) => simTime(minutes(n));

export const script: Exercise = {
  name: 'Test exercise',
  start: m(60),
  duration: ms(minutes(120)),
  pace: 10,
  manualInvocation: ['db'],
  injects: [
    {
      id: 'alarm',
      at: m(70),
      text: 'An alarm',
      release: 'timed',
      effect: { action: 'fail', component: 'db' },
    },
    { id: 'calls', at: m(80), text: 'The desk calls', release: 'timed', effect: null },
    { id: 'press', at: m(100), text: 'The press calls', release: 'on-demand', effect: null },
  ],
  decisions: [
    {
      id: 'invoke',
      opens: { kind: 'after', inject: 'calls' },
      question: 'Invoke?',
      timeLimit: ms(minutes(15)),
      options: [
        {
          id: 'now',
          label: 'Now',
          actions: [{ after: ms(0), effect: { action: 'invoke', component: 'db' } }],
        },
        {
          id: 'later',
          label: 'Later',
          actions: [{ after: ms(minutes(30)), effect: { action: 'invoke', component: 'db' } }],
        },
        { id: 'wait', label: 'Wait', actions: [] },
      ],
      default: 'wait',
    },
    {
      id: 'comms',
      opens: { kind: 'at', at: m(90) },
      question: 'Tell customers?',
      timeLimit: ms(minutes(10)),
      options: [
        { id: 'yes', label: 'Yes', actions: [] },
        { id: 'no', label: 'No', actions: [] },
      ],
      default: 'no',
    },
  ],
};
