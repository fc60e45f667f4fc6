/**
 * Which tabs are still open. Each page load is a writer with its own id, and holds a Web Lock
 * named after it for as long as it lives; the browser releases the lock when the page goes
 * (reload, close, crash). So a journal entry whose writer's lock can be taken is an orphan to
 * replay, and one whose writer still holds it belongs to an open tab that saves it itself.
 */
const LOCK_PREFIX = 'continuity-simulator:tab:';

export interface TabPresence {
  /** This page's writer id. */
  readonly writer: string;
  /**
   * True once the page that wrote as `writer` is gone; false if it is still open after `waitMs`
   * (a page that is just unloading releases its lock a moment later). Without Web Locks every
   * other writer counts as gone: its unsaved text is then opened rather than left unseen.
   */
  gone(writer: string, waitMs?: number): Promise<boolean>;
}

/** The page's presence: a fresh writer id, held as a Web Lock until the page goes. */
export function tabPresence(
  writer: string = crypto.randomUUID(),
  locks: LockManager | undefined = globalThis.navigator?.locks,
): TabPresence {
  if (locks) void locks.request(LOCK_PREFIX + writer, () => new Promise<never>(() => {}));
  return {
    writer,
    async gone(other, waitMs = 1000) {
      if (other === writer) return false;
      if (!locks) return true;
      try {
        const signal = AbortSignal.timeout(waitMs);
        return await locks.request(LOCK_PREFIX + other, { signal }, () => true);
      } catch {
        return false;
      }
    },
  };
}
