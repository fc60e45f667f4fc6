/**
 * The tabs of this app tell each other about every write to the library at once, over a
 * BroadcastChannel: a tab showing a scenario that another tab saved learns it before its own
 * next save (which the library would refuse anyway: see revision.ts).
 */
import type { LibraryWrite } from './library.ts';

const CHANNEL = 'continuity-simulator:library';

/** A write made in another tab, by its writer. */
export interface TabWrite extends LibraryWrite {
  readonly writer: string;
}

/** A message read back, or null for anything that is not one of ours. */
export function readTabWrite(data: unknown): TabWrite | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  const revision = d['revision'];
  if (
    d['type'] !== 'write' ||
    typeof d['id'] !== 'string' ||
    typeof d['writer'] !== 'string' ||
    typeof d['text'] !== 'boolean' ||
    !(revision === null || Number.isInteger(revision))
  )
    return null;
  return {
    id: d['id'],
    writer: d['writer'],
    text: d['text'],
    revision: revision as number | null,
  };
}

export interface TabChannel {
  /** Tells the other tabs about a write of this one. */
  post(write: TabWrite): void;
  close(): void;
}

/** The channel, or one that tells nobody where the browser has no BroadcastChannel. */
export function openTabChannel(onWrite: (write: TabWrite) => void): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const write = readTabWrite(event.data);
    if (write) onWrite(write);
  };
  return {
    post: (write) => channel.postMessage({ type: 'write', ...write }),
    close: () => channel.close(),
  };
}
