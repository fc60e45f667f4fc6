import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FirstPaintHold, HOLD_LIMIT_MS } from '../../src/ui/app/first-paint-hold.ts';

/** A host that records its controllers and the updates asked of it. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost & { updates: number } = {
    updates: 0,
    addController: (c) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate() {
      host.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
  const connect = () => controllers.forEach((c) => c.hostConnected?.());
  return { host, connect };
}

describe('the first paint, held for the early run', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is held while the early run is awaited, and painted once it is here', () => {
    let awaited = true;
    const { host, connect } = fakeHost();
    const hold = new FirstPaintHold(host, () => awaited);
    connect();
    expect(hold.holding()).toBe(true);
    vi.advanceTimersByTime(HOLD_LIMIT_MS / 2);
    expect(hold.holding()).toBe(true);
    awaited = false; // the answer came: the update it asks for renders
    expect(hold.holding()).toBe(false);
    // released for good: a later wait (another run) never blanks the page
    awaited = true;
    expect(hold.holding()).toBe(false);
  });

  it('is never held past its limit: then it asks for the update it held', () => {
    const { host, connect } = fakeHost();
    const hold = new FirstPaintHold(host, () => true);
    connect();
    expect(hold.holding()).toBe(true);
    vi.advanceTimersByTime(HOLD_LIMIT_MS - 1);
    expect(host.updates).toBe(0);
    expect(hold.holding()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(host.updates).toBe(1);
    expect(hold.holding()).toBe(false);
  });

  it('is not held at all without an early run (an address with more in it, a later scenario)', () => {
    const { host, connect } = fakeHost();
    const hold = new FirstPaintHold(host, () => false);
    connect();
    expect(hold.holding()).toBe(false);
  });
});
