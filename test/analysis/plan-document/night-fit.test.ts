/**
 * The continuity plan's verdict on a plan counts its night run, as the variants' comparison
 * (variants/plan-fit.ts) and the Gantt do: the bank with a 3 h RTO rebuilds an app server in
 * 1 h 50 min by day (2 h 25 min at the longest, within 3 h), but at night the platform team's
 * call-out (45 min to 1 h 30 min, 1 h 07 min 30 s most likely) and the application team's
 * (1 h to 2 h, 1 h 30 min) come first: 5 min detection + 20 min diagnose + 67.5 min + 45 min
 * provision + 90 min + 30 min deploy + 10 min verify = 4 h 27 min 30 s, 1 h 27 min 30 s over.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runBia } from '../../../src/analysis/bia/index.ts';
import {
  buildPlanDocument,
  planDocumentMarkdown,
  type PlanDocument,
} from '../../../src/analysis/plan-document/index.ts';
import { planFits } from '../../../src/analysis/variants/plan-fit.ts';
import type { Scenario } from '../../../src/core/model.ts';
import { minutes as duration } from '../../../src/core/time.ts';
import { bundled } from '../../support/bundled.ts';

const withRto = (scenario: Scenario, minutes: number): Scenario => ({
  ...scenario,
  services: scenario.services.map((s) => ({
    ...s,
    objectives: { ...s.objectives, rto: duration(minutes) },
  })),
});

let scenario: Scenario;
let doc: PlanDocument;
let md: string;

beforeAll(() => {
  scenario = withRto(bundled('bank-money-transfer'), 180);
  doc = buildPlanDocument({ scenario, bia: runBia(scenario), date: '2026-02-01' });
  md = planDocumentMarkdown(doc);
}, 60_000);

describe('the continuity plan judges a plan by day and at night', () => {
  it('calls the app rebuild at risk with a 3 h RTO: within it by day, 1 h 28 min over it at night', () => {
    const fit = doc.plans.find((p) => p.id === 'app-rebuild')!.fits[0]!;
    expect(fit.high.recoveryMinutes).toBe(145);
    expect(fit.night!.run.recoveryMinutes).toBe(267.5);
    expect(fit.fit).toBe('at-risk');
    expect(md).toContain(
      '2 h 25 min at its longest: **at risk: within the RTO by day, not at night**.',
    );
    expect(md).toContain(
      'the plan completes 4 h 28 min after the failure, 1 h 28 min over the RTO: Provision a new VM waited',
    );
  });

  it("gives every plan the variants' verdict", () => {
    const variants = new Map(planFits(scenario).map((f) => [f.plan, f.fit]));
    for (const plan of doc.plans) expect(plan.fits[0]!.fit).toBe(variants.get(plan.id));
  });

  it('says when the night run is within the RTO', () => {
    const wide = withRto(bundled('bank-money-transfer'), 300);
    const text = planDocumentMarkdown(
      buildPlanDocument({ scenario: wide, bia: runBia(wide), date: '2026-02-01' }),
    );
    // the load balancer's repair: 2 min + 45 min call-out + 3 h 20 min = 4 h 07 min, within 5 h
    expect(text).toContain(
      'the plan completes 4 h 07 min after the failure, within the RTO: Diagnose the failed unit waited 45 min',
    );
    expect(text).toContain('4 h 32 min at its longest: **fits the RTO**');
  });
});
