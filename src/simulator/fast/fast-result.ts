/** What one fast-path run answers (simulate-fast.ts, and the plain runner: plain/plain-run.ts). */
import type { ServiceMetrics } from '../../core/metrics.ts';
import type { Trace } from '../../core/trace.ts';

export interface FastResult {
  readonly trace: Trace | null;
  readonly metrics: ServiceMetrics[];
  /** Engine events processed (demand breakpoints included), as `simulateWithStats` counts them. */
  readonly engineEvents: number;
}
