/**
 * Reads V8's `--trace-gc` lines: the live heap each thread (isolate) kept after each full
 * collection (Mark-Compact). That, not the resident size, tells whether a long study's memory
 * is flat: V8 grows its heap towards the sizes it is allowed (the young generation's
 * semi-spaces above all) whether or not anything is kept, and only a full collection shows what
 * survives.
 */

/** One full collection: when (ms since its thread's start) and the heap before and after (MB). */
export interface FullCollection {
  readonly atMs: number;
  readonly beforeMb: number;
  readonly afterMb: number;
}

/**
 * A line as V8 prints it:
 * `[4987:0x106ce400]  3676 ms: Mark-Compact 39.5 (92.0) -> 10.4 (87.0) MB, ...`
 * (pid:isolate, then the heap used and, in brackets, committed, before -> after).
 */
const FULL =
  /^\[\d+:(0x[0-9a-f]+)\]\s+([\d.]+) ms: Mark-Compact[^\d]*([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/;

/** The full collections in `text`, by isolate, in the order printed. Other lines are ignored. */
export function fullCollections(text: string): Map<string, FullCollection[]> {
  const byIsolate = new Map<string, FullCollection[]>();
  for (const line of text.split('\n')) {
    const m = FULL.exec(line);
    if (m === null) continue;
    const list = byIsolate.get(m[1]!) ?? [];
    byIsolate.set(m[1]!, list);
    list.push({ atMs: Number(m[2]), beforeMb: Number(m[3]), afterMb: Number(m[4]) });
  }
  return byIsolate;
}

/**
 * Whether a thread's live heap stayed flat: the least it kept after a full collection in the
 * second half of its collections is at most the least in the first half plus `slackMb`. The
 * least, not the most: a collection that lands while a chunk's answer is being built keeps a
 * few MB more for a moment, whereas anything kept run after run raises every collection's
 * floor (a study's floor is a few MB of code, histograms and one run's state; a leak of 8 bytes
 * a run would add 4 MB to each of two threads over a million runs). Null with fewer than four
 * collections: too few to tell.
 */
export function flatLiveHeap(list: readonly FullCollection[], slackMb = 2): boolean | null {
  if (list.length < 4) return null;
  const [first, second] = liveHeapFloors(list);
  return second <= first + slackMb;
}

/** The least live heap after a full collection in the first and in the second half of `list`. */
export function liveHeapFloors(list: readonly FullCollection[]): [number, number] {
  const half = list.length >> 1;
  const least = (part: readonly FullCollection[]): number =>
    Math.min(...part.map((c) => c.afterMb));
  return [least(list.slice(0, half)), least(list.slice(half))];
}
