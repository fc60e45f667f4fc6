/**
 * Structural findings checked against the BIA's runs (kept apart from the rules that make
 * them, which read the topology alone):
 * - a single point of failure claims that its loss stops the service: it cites the BIA's run
 *   of that loss when it shows an outage, and is left out when no run does;
 * - redundancy on one dependency claims that losing the dependency takes the members at once:
 *   it cites the run of that loss when it harms the service.
 */
import {
  cite,
  citationText,
  failureOf,
  showsHarm,
  showsOutage,
  simulatedRuns,
} from './simulated.ts';
import type { AdvisorContext } from './context.ts';
import type { Finding } from './types.ts';

export function spofsShown(ctx: AdvisorContext, findings: readonly Finding[]): Finding[] {
  return findings.flatMap((f) => {
    const [component, service] = f.subject;
    const run = simulatedRuns(ctx, service!, failureOf([component!])).find((r) =>
      showsOutage(r.figures),
    );
    if (!run) return [];
    const simulated = cite(ctx, run);
    return [{ ...f, explanation: `${f.explanation} So ${citationText(simulated)}.`, simulated }];
  });
}

export function dependencyRunsShown(ctx: AdvisorContext, findings: readonly Finding[]): Finding[] {
  return findings.map((f) => {
    const dependency = String(f.evidence['dependency']);
    const service = f.subject[f.subject.length - 1]!;
    const run = simulatedRuns(ctx, service, failureOf([dependency])).find((r) =>
      showsHarm(r.figures),
    );
    if (!run) return f;
    const simulated = cite(ctx, run);
    return { ...f, explanation: `${f.explanation} So ${citationText(simulated)}.`, simulated };
  });
}
