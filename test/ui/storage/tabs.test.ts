import { describe, expect, it } from 'vitest';
import { readTabWrite } from '../../../src/ui/storage/tab-channel.ts';
import { tabPresence } from '../../../src/ui/storage/tab-presence.ts';

/**
 * A LockManager of one browser, enough for tab presence: a lock is held while its callback's
 * promise is pending; a request for a held lock waits, or gives up when its signal aborts.
 * `drop(name)` is the browser releasing a gone page's lock.
 */
function fakeLocks() {
  const held = new Map<string, () => void>();
  const waiting = new Map<string, (() => void)[]>();
  const grant = <T>(name: string, callback: (lock: Lock) => Promise<T> | T): Promise<T> => {
    let drop = () => {};
    const dropped = new Promise<void>((resolve) => (drop = resolve));
    held.set(name, drop);
    const result = Promise.resolve(callback({ name, mode: 'exclusive' }));
    void Promise.race([result, dropped]).then(() => {
      held.delete(name);
      waiting.get(name)?.shift()?.();
    });
    return result;
  };
  const locks = {
    request<T>(
      name: string,
      a: LockOptions | ((lock: Lock) => Promise<T> | T),
      b?: (lock: Lock) => Promise<T> | T,
    ): Promise<T> {
      const [options, callback] = typeof a === 'function' ? [{}, a] : [a, b!];
      if (!held.has(name)) return grant(name, callback);
      return new Promise<T>((resolve, reject) => {
        const queue = waiting.get(name) ?? [];
        waiting.set(name, queue);
        const turn = () => void grant(name, callback).then(resolve, reject);
        queue.push(turn);
        options.signal?.addEventListener('abort', () => {
          queue.splice(queue.indexOf(turn), 1);
          reject(new DOMException('The lock request was aborted.', 'AbortError'));
        });
      });
    },
  } as unknown as LockManager;
  return { locks, drop: (name: string) => held.get(name)?.() };
}

describe('tab presence', () => {
  it('a page holds its writer lock while open; another page sees it as open', async () => {
    const { locks } = fakeLocks();
    tabPresence('page-1', locks);
    const other = tabPresence('page-2', locks);
    expect(await other.gone('page-1', 20)).toBe(false);
  });

  it('a page that went (its lock released, even a moment later) is gone', async () => {
    const { locks, drop } = fakeLocks();
    tabPresence('page-1', locks);
    const other = tabPresence('page-2', locks);
    setTimeout(() => drop('continuity-simulator:tab:page-1'), 5);
    expect(await other.gone('page-1', 1000)).toBe(true);
    expect(await other.gone('never-seen', 20)).toBe(true);
  });

  it('a page is never gone to itself; without Web Locks every other page counts as gone', async () => {
    const alone = tabPresence('page-1', undefined);
    expect(await alone.gone('page-1')).toBe(false);
    expect(await alone.gone('page-2')).toBe(true);
  });
});

describe('readTabWrite(data): messages between tabs', () => {
  it('reads a write message', () => {
    const message = { type: 'write', id: 'bank', revision: 3, text: true, writer: 'tab-a' };
    expect(readTabWrite(message)).toEqual({ id: 'bank', revision: 3, text: true, writer: 'tab-a' });
    expect(readTabWrite({ ...message, revision: null })).toMatchObject({ revision: null });
  });

  it('ignores anything else on the channel', () => {
    for (const bad of [
      null,
      'write',
      { type: 'other', id: 'bank', revision: 3, text: true, writer: 'a' },
      { type: 'write', id: 1, revision: 3, text: true, writer: 'a' },
      { type: 'write', id: 'bank', revision: 1.5, text: true, writer: 'a' },
      { type: 'write', id: 'bank', revision: 3, text: 'yes', writer: 'a' },
    ])
      expect(readTabWrite(bad)).toBeNull();
  });
});
