/**
 * CPU seconds of the calling thread alone (Linux: /proc/thread-self/schedstat, nanoseconds on
 * the CPU), beside process.cpuUsage()'s whole process (every thread: V8's garbage collector and
 * compiler helpers too). Node 20 has no process.threadCpuUsage; elsewhere this falls back to
 * the process's CPU (`exact` says which one it is).
 */
import { readFileSync } from 'node:fs';

const SCHEDSTAT = '/proc/thread-self/schedstat';

function readSchedstat(): number | null {
  try {
    const ns = Number(readFileSync(SCHEDSTAT, 'latin1').split(' ')[0]);
    return Number.isFinite(ns) && ns > 0 ? ns / 1e9 : null;
  } catch {
    return null;
  }
}

/** Whether this thread's own CPU time can be read (else threadCpuSeconds is the process's). */
export const threadClockExact = readSchedstat() !== null;

/** CPU seconds of the whole process (user + system). */
export function processCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** CPU seconds of this thread so far (the process's where that cannot be read). */
export function threadCpuSeconds(): number {
  return (threadClockExact ? readSchedstat() : null) ?? processCpuSeconds();
}
