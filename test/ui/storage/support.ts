import type { Backend } from '../../../src/ui/storage/backend.ts';
import { ScenarioLibrary } from '../../../src/ui/storage/library.ts';
import { memoryBackend } from '../../../src/ui/storage/memory.ts';
import type { Timers } from '../../../src/ui/storage/autosave.ts';

/** A clock that moves only when told to, starting at 2026-05-04 09:00 UTC. */
export function manualClock() {
  let t = Date.UTC(2026, 4, 4, 9, 0);
  return {
    now: () => t,
    advance: (ms: number) => void (t += ms),
  };
}

/** A library with a hand-driven clock and ids `id-1`, `id-2`...; in memory unless a backend is given. */
export function testLibrary(backend: Backend = memoryBackend()) {
  const clock = manualClock();
  let n = 0;
  const library = new ScenarioLibrary(backend, {
    now: clock.now,
    newId: () => `id-${++n}`,
    formatTime: (ms) => new Date(ms).toISOString().slice(0, 16).replace('T', ' '),
  });
  return { library, clock, backend };
}

/** Timers that fire only when the test advances them. */
export function manualTimers(): Timers & { advance(ms: number): void; readonly waiting: number } {
  let now = 0;
  let next = 0;
  const due = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimeout(callback, ms) {
      due.set(++next, { at: now + ms, callback });
      return next;
    },
    clearTimeout(handle) {
      due.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [handle, timer] of [...due].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at > now) break;
        due.delete(handle);
        timer.callback();
      }
    },
    get waiting() {
      return due.size;
    },
  };
}

export const BANK = 'schema: continuity-scenario/2\nname: Bank\n';

/**
 * A `Storage` kept in memory, as localStorage behaves: keys in insertion order, values strings.
 * With `capacity` (characters of keys and values), a write past it throws the
 * `QuotaExceededError` a full browser throws, and leaves the old value.
 */
export function memoryStorage(
  capacity = Infinity,
): Storage & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  const used = () => [...items].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    items,
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem(k, v) {
      const value = String(v);
      const after = used() - (items.has(k) ? k.length + (items.get(k)?.length ?? 0) : 0);
      if (after + k.length + value.length > capacity)
        throw new DOMException(
          `Setting the value of '${k}' exceeded the quota.`,
          'QuotaExceededError',
        );
      items.set(k, value);
    },
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}
