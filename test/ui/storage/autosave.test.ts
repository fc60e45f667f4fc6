import { describe, expect, it } from 'vitest';
import { Autosaver, type SaveStatus } from '../../../src/ui/storage/autosave.ts';
import { manualTimers } from './support.ts';

/** An autosaver over a recording save function that fails while `failing` is set. */
function recordingAutosaver(delayMs?: number) {
  const saves: [string, string][] = [];
  const statuses: SaveStatus[] = [];
  const timers = manualTimers();
  const control = { failing: null as Error | null };
  const autosaver = new Autosaver(
    (id, text) => {
      if (control.failing) return Promise.reject(control.failing);
      saves.push([id, text]);
      return Promise.resolve();
    },
    { timers, onStatus: (s) => statuses.push(s), ...(delayMs === undefined ? {} : { delayMs }) },
  );
  /** Moves time on and lets any save it started finish. */
  const wait = async (ms: number) => {
    timers.advance(ms);
    await settle();
  };
  return { autosaver, saves, statuses, timers, control, wait };
}

/** Lets every promise already resolved run its callbacks. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the autosaver', () => {
  it('schedule(id, text) saves once typing has paused for 400 ms, and the last text wins', async () => {
    const { autosaver, saves, wait } = recordingAutosaver();
    autosaver.schedule('bank', 'a');
    await wait(300);
    autosaver.schedule('bank', 'ab');
    await wait(300);
    autosaver.schedule('bank', 'abc');
    await wait(399);
    expect(saves).toEqual([]);
    await wait(1);
    expect(saves).toEqual([['bank', 'abc']]);
  });

  it('the delay can be set', async () => {
    const { autosaver, saves, wait } = recordingAutosaver(50);
    autosaver.schedule('bank', 'a');
    await wait(50);
    expect(saves).toEqual([['bank', 'a']]);
  });

  it('reports unsaved, then saving, then saved', async () => {
    const { autosaver, statuses, wait } = recordingAutosaver();
    expect(autosaver.status).toBe('saved');
    autosaver.schedule('bank', 'a');
    expect(autosaver.status).toBe('unsaved');
    await wait(400);
    expect(statuses).toEqual(['unsaved', 'saving', 'saved']);
  });

  it('flush() saves at once what is waiting, for every scenario, and cancels the timer', async () => {
    const { autosaver, saves, timers } = recordingAutosaver();
    autosaver.schedule('bank', 'a');
    autosaver.schedule('payroll', 'p');
    await autosaver.flush();
    expect(saves).toEqual([
      ['bank', 'a'],
      ['payroll', 'p'],
    ]);
    expect(timers.waiting).toBe(0);
    expect(autosaver.pending).toBe(false);
  });

  it('text typed during a save is saved next, never overtaken by the older text', async () => {
    const saves: string[] = [];
    let finish = () => {};
    const timers = manualTimers();
    const autosaver = new Autosaver(
      (_id, text) =>
        new Promise<void>((resolve) => {
          saves.push(text);
          finish = resolve;
        }),
      { timers },
    );
    autosaver.schedule('bank', 'a');
    timers.advance(400);
    await settle();
    expect(autosaver.status).toBe('saving');
    autosaver.schedule('bank', 'ab');
    void autosaver.flush();
    await settle();
    expect(saves).toEqual(['a']);
    finish();
    await settle();
    expect(saves).toEqual(['a', 'ab']);
    finish();
    await settle();
    expect(autosaver.status).toBe('saved');
  });

  it('a failed save keeps the text waiting and shows the error until a save succeeds', async () => {
    const { autosaver, saves, control, wait } = recordingAutosaver();
    const full = new Error("Your browser's storage is full");
    control.failing = full;
    autosaver.schedule('bank', 'a');
    await wait(400);
    expect(autosaver.status).toEqual({ error: full });
    expect(autosaver.pending).toBe(true);

    autosaver.schedule('bank', 'ab');
    expect(autosaver.status).toEqual({ error: full });

    control.failing = null;
    await wait(400);
    expect(saves).toEqual([['bank', 'ab']]);
    expect(autosaver.status).toBe('saved');
  });

  it('a failed save is retried by flush() with the same text', async () => {
    const { autosaver, saves, control } = recordingAutosaver();
    control.failing = new Error('aborted');
    autosaver.schedule('bank', 'a');
    await autosaver.flush();
    control.failing = null;
    await autosaver.flush();
    expect(saves).toEqual([['bank', 'a']]);
  });

  it('take(id) takes back the text waiting for one scenario: it is not saved', async () => {
    const { autosaver, saves, wait } = recordingAutosaver();
    autosaver.schedule('bank', 'a');
    autosaver.schedule('payroll', 'p');
    expect(autosaver.take('bank')).toBe('a');
    expect(autosaver.take('bank')).toBeUndefined();
    await wait(400);
    expect(saves).toEqual([['payroll', 'p']]);
    autosaver.schedule('bank', 'b');
    autosaver.take('bank');
    expect(autosaver.status).toBe('saved');
  });

  it('dispose() stops the timer', () => {
    const { autosaver, timers } = recordingAutosaver();
    autosaver.schedule('bank', 'a');
    autosaver.dispose();
    expect(timers.waiting).toBe(0);
  });
});
