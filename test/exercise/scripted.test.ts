import { describe, expect, it } from 'vitest';
import { decisionsOf, releasesOf } from '../../src/exercise/log.ts';
import { playScript } from '../../src/exercise/scripted.ts';
import { m, script } from './script.ts';

describe('an exercise played from a script of commands', () => {
  it('releases, decides and ends at the given times, the clock doing the rest', () => {
    const { log, problems } = playScript(script, [
      { at: m(84), kind: 'decide', decision: 'invoke', option: 'later' },
      { at: m(75), kind: 'release', inject: 'press' },
    ]);
    expect(problems).toEqual([]);
    expect(releasesOf(log)).toEqual([
      { inject: 'alarm', at: m(70) },
      { inject: 'press', at: m(75) },
      { inject: 'calls', at: m(80) },
    ]);
    expect(decisionsOf(log)).toEqual([
      { decision: 'invoke', option: 'later', at: m(84) },
      { decision: 'comms', option: 'no', at: m(100) }, // its time ran out
    ]);
    expect(log.at(-1)).toEqual({ t: m(180), kind: 'ended' });
  });

  it('ends early when told, and says why a command did nothing', () => {
    const { log, problems } = playScript(script, [
      { at: m(65), kind: 'decide', decision: 'invoke', option: 'now' },
      { at: m(90), kind: 'end' },
      { at: m(95), kind: 'release', inject: 'press' },
      { at: m(85), kind: 'decide', decision: 'invoke', option: 'maybe' },
    ]);
    expect(problems.map((p) => p.problem)).toEqual([
      'the decision invoke was not asked yet',
      'the decision invoke has no option maybe; its options are now, later, wait',
      'it comes after the end of the exercise',
    ]);
    expect(log.at(-1)).toEqual({ t: m(90), kind: 'ended' });
  });
});
