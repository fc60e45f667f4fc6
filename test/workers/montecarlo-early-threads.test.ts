import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { threadsWanted } from '../../src/workers/montecarlo-early-threads.ts';

const cores = availableParallelism();
const perCore = cores >= 2 ? cores : 0;

describe('how many threads montecarlo starts before its bundle has loaded', () => {
  it('starts one per core when --workers is not given', () => {
    expect(threadsWanted(['model.yaml', '--runs', '10000', '--json'])).toBe(perCore);
  });

  it('starts as many as --workers says, in either spelling', () => {
    expect(threadsWanted(['model.yaml', '--workers', '3'])).toBe(3);
    expect(threadsWanted(['--workers=4', 'model.yaml'])).toBe(4);
  });

  it('starts none for one worker (the study runs in the main thread) or for --help', () => {
    expect(threadsWanted(['model.yaml', '--workers', '1'])).toBe(0);
    expect(threadsWanted(['--help'])).toBe(0);
    expect(threadsWanted(['model.yaml', '-h'])).toBe(0);
  });

  it('starts none for a value the command will refuse', () => {
    expect(threadsWanted(['model.yaml', '--workers', 'many'])).toBe(0);
    expect(threadsWanted(['model.yaml', '--workers', '0'])).toBe(0);
    expect(threadsWanted(['model.yaml', '--workers', '999'])).toBe(0);
    expect(threadsWanted(['model.yaml', '--workers'])).toBe(perCore);
  });

  it('ignores what follows --', () => {
    expect(threadsWanted(['--', '--workers', '7'])).toBe(perCore);
  });
});
