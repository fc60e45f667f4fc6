/**
 * The bench's one clock: wall and CPU seconds of a piece of work (CPU of the whole process,
 * every thread: CPU near wall × threads means the cores were ours, far below means a busy
 * machine).
 */
export interface Measured<T> {
  readonly value: T;
  /** Wall seconds. */
  readonly wall: number;
  /** CPU seconds of the process (user + system). */
  readonly cpu: number;
}

export function measure<T>(work: () => T): Measured<T> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const value = work();
  const wall = (performance.now() - t0) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  return { value, wall, cpu: (user + system) / 1e6 };
}

export async function measureAsync<T>(work: () => Promise<T>): Promise<Measured<T>> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const value = await work();
  const wall = (performance.now() - t0) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  return { value, wall, cpu: (user + system) / 1e6 };
}
