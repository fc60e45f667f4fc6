import { beforeAll, describe, expect, it } from 'vitest';
import {
  biaConditions,
  runBia,
  type BiaResult,
  type Bound,
} from '../../../src/analysis/bia/index.ts';
import {
  buildPlanDocument,
  planDocumentMarkdown,
  SECTION_TITLES,
  UnknownServiceError,
  type PlanDocument,
} from '../../../src/analysis/plan-document/index.ts';
import type { Scenario } from '../../../src/core/model.ts';
import { MS_PER_MINUTE, simTime } from '../../../src/core/time.ts';
import { simulate } from '../../../src/simulator/simulate.ts';
import { bankWithTeams } from './bank-teams.ts';

let scenario: Scenario;
let bia: BiaResult;
let doc: PlanDocument;
let md: string;

beforeAll(() => {
  scenario = bankWithTeams();
  bia = runBia(scenario);
  doc = buildPlanDocument({ scenario, bia, date: '2026-12-07' });
  md = planDocumentMarkdown(doc);
}, 60_000);

const eur = (x: number) =>
  new Intl.NumberFormat('en', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(x);
const mins = (m: number) => {
  const t = Math.round(m);
  return t < 60
    ? `${t} min`
    : t % 60
      ? `${Math.floor(t / 60)} h ${String(t % 60).padStart(2, '0')} min`
      : `${t / 60} h`;
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The plan's recovery computed here on another path: the actor simulation (not the fast path
 * the document uses) of the whole year under the BIA's conditions, the component failing at
 * the service's worst moment; minutes from the failure to the plan's completion.
 */
function actorRecovery(plan: string, component: string, bound: Bound): number {
  const t = bia.placements[0]!.worst.t;
  const trace = simulate(biaConditions(scenario, bound), 'bia', {
    injects: [{ at: simTime(t), action: 'fail', component }],
  });
  const done = trace.events.find(
    (e) => e.type === 'plan-completed' && e.plan === plan && e.component === component && e.t >= t,
  )!;
  return (done.t - t) / MS_PER_MINUTE;
}

describe('the continuity plan of the bank, as Markdown', () => {
  it('has every section, in order, under its number', () => {
    let from = 0;
    SECTION_TITLES.forEach((title, i) => {
      const at = md.indexOf(`\n## ${i + 1}. ${title}\n`, from);
      expect(at, title).toBeGreaterThan(from);
      from = at;
    });
    expect(md.startsWith('# Continuity plan: Bank money transfer\n')).toBe(true);
    expect(md).toContain('Date of this document: Mon 7 Dec 2026');
  });

  it('states the objectives, agreed hours and holidays of the service', () => {
    expect(md).toContain('- Agreed hours: Mon–Fri 09:00–16:00; Sat–Sun closed');
    expect(md).toContain('| RTO (recovery time objective) | 2 h |');
    expect(md).toContain('| RPO (recovery point objective) | 15 min |');
    expect(md).toContain('| MTPD (maximum tolerable period of disruption) | 8 h |');
    expect(md).toContain('| Availability (share of agreed hours up) | 99.5 % |');
    expect(md).toContain('| MBCO (minimum business continuity objective) | 50% of the demand |');
    expect(md).toContain('| Fri 3 Apr 2026 | closed | Good Friday (DE-HE) |');
    expect(md).toContain('| Thu 24 Dec 2026 | 09:00–14:00 | Christmas Eve from 14:00 (DE-HE) |');
  });

  it('shows the business impact over time with the BIA’s own figures, costliest first', () => {
    const rows = bia.disruptions.flatMap((d) => {
      const f = d.impacts.find((i) => i.service === 'transfers' && i.placement === 'worst')?.bounds
        .likely;
      return f ? [{ d, f }] : [];
    });
    expect(rows.length).toBeGreaterThan(10);
    let from = 0;
    for (const { d, f } of rows) {
      const line = new RegExp(
        `^\\| ${escape(d.label)} \\| ${escape(f.timeToRestoreMinutes === null ? 'not within the window' : mins(f.timeToRestoreMinutes))} \\| ${escape(mins(f.downMinutes))} \\| [^|]+ \\| ${[f.cost, f.costAfter.h1, f.costAfter.h4, f.costAfter.h24, f.costAfter.h72].map((x) => escape(eur(x))).join(' \\| ')} \\|$`,
        'm',
      );
      const m = line.exec(md.slice(from));
      expect(m, d.label).not.toBeNull();
      from += m!.index;
    }
    expect(md).toContain('worst moment in agreed hours (Fri 30 Jan 2026 11:00)');
    expect(md).toContain('None: every component has a stand-in.');
  });

  it('draws the dependencies as a Mermaid flowchart and as a list', () => {
    expect(md).toMatch(/```mermaid\nflowchart LR\n {2}s1\(\["Money transfer"\]\)\n/);
    expect(md).toContain('subgraph g5["at least 1 of 2"]');
    expect(md).toContain('    - at least 1 of:\n      - App server 1\n      - App server 2');
  });

  it('says when to invoke and who decides, and prints the call tree with contacts and escalation', () => {
    expect(md).toContain(
      '- **Invoke when:** The primary database is lost and cannot be back within 30 minutes',
    );
    expect(md).toContain('- **Decided by:** IT operations manager');
    expect(md).toContain('- **Assessment before the decision:** 15 min');
    expect(md).toContain(
      '| Database administrators | 1 | Mon–Fri 08:00–18:00; Sat–Sun closed | 45m | Platform team | Rebuild the lost database node |',
    );
    expect(md).toContain(
      '| Platform team | 2 | Mon–Fri 08:00–18:00; Sat–Sun closed | 30m-1h | IT operations manager |',
    );
    expect(md).toContain(
      '| Service desk | 2 | always (24x7) | none | IT operations manager | Rebuild an app server |',
    );
    expect(md).toContain('| network-team (not a declared team: always at work) | unlimited |');
    expect(md).toContain('- On-call DBA: Jana Weber, +49 69 5550 1234');
    // escalated to, though it owns no step
    expect(md).toContain('| IT operations manager | 1 | always (24x7) | none | — | — |');
  });

  it('numbers each plan’s steps with their owners, durations and prerequisites', () => {
    expect(md).toContain('### 7.3 Rebuild the lost database node');
    expect(md).toContain(
      '| 1 | Assess the failure | Database administrators | 5m-15m | start | yes |',
    );
    expect(md).toContain(
      '| 2 | Rebuild the lost node | Database administrators | min 2h, likely 3h, max 6h | 1 | yes |',
    );
    expect(md).toContain(
      '| 4 | Verify with test transfers | Transfer application team | 10m | 3 | yes |',
    );
  });

  it('says whether each plan fits the RTO from its simulated recovery at the peak, as the simulation has it', () => {
    for (const [plan, component] of [
      ['lb-repair', 'lb-a'],
      ['app-rebuild', 'app-1'],
      ['db-rebuild', 'db-1'],
    ] as const) {
      const likely = actorRecovery(plan, component, 'likely');
      const high = actorRecovery(plan, component, 'high');
      const fit = high <= 120 ? 'fits the RTO' : likely <= 120 ? 'at risk' : 'does not fit the RTO';
      const name = scenario.components.find((c) => c.id === component)!.name;
      expect(md).toContain(
        `simulated with ${name} failing at Fri 30 Jan 2026 11:00, the peak of the service's agreed hours.`,
      );
      expect(md).toContain(
        `the plan completes ${mins(likely)} after the failure with every step at its most likely duration, ${mins(high)} at its longest: **${fit}`,
      );
    }
    // the database rebuild at the peak: 5 min detection + 3 h 30 min of steps, 6 h 40 min at the longest
    expect(md).toContain(
      'the plan completes 3 h 35 min after the failure with every step at its most likely duration, 6 h 40 min at its longest: **does not fit the RTO**',
    );
    // at night the DBA is called out (45 min) before the plan can start: 4 h 20 min, not 3 h 35
    expect(md).toContain(
      'At night (Fri 30 Jan 2026 02:00), steps at their most likely durations, the plan completes 4 h 20 min after the failure, 2 h 20 min over the RTO: Assess the failure waited 45 min for Database administrators: called out at 02:05, at work 02:50.',
    );
    // the BIA's figure for the service when the primary alone fails: the standby takes over
    const f = bia.disruptions.find((d) => d.id === 'fail:db-1')!.impacts[0]!.bounds.likely!;
    expect(md).toContain(`The service itself is down ${mins(f.outageMinutes!)} (RTO met)`);
  });

  it('flags the database plan overdue for review and says the exercise history is not available without the library', () => {
    expect(md).toContain(
      'Review: Head of IT operations, every 12 months; last reviewed Sat 1 Nov 2025, next due Sun 1 Nov 2026. **Overdue for review (due 2026-11-01).**',
    );
    expect(md).toMatch(
      /\| Rebuild the lost database node \| Head of IT operations \| 12 months \| 2025-11-01 \| 2026-11-01 \| not known here \| \*\*overdue for review \(due 2026-11-01\)\*\* \|/,
    );
    expect(md).toMatch(
      /\| Rebuild an app server \| Application owner \| 6 months \| 2026-09-01 \| 2027-03-01 \| not known here \| in order \|/,
    );
    expect(md).toContain('## 8. Exercise history\n\nNot in this document');
    expect(md).toContain('## 9. Version history\n\nNot in this document');
  });

  it('prints the library’s exercises and versions, and flags plans not exercised within their cycle', () => {
    const withHistory = planDocumentMarkdown(
      buildPlanDocument({
        scenario,
        bia,
        date: '2026-12-07',
        history: {
          lastExercised: '2026-03-02',
          exercises: [
            {
              at: '2026-03-02T15:10',
              note: 'Month-end database corruption (run in the Exercise tab)',
            },
          ],
          versions: [
            { at: '2026-03-02T15:10', note: 'exercised: Month-end database corruption' },
            { at: '2026-02-20T09:00', note: 'teams added' },
          ],
        },
      }),
    );
    expect(withHistory).toContain('Last exercised: Mon 2 Mar 2026.');
    expect(withHistory).toContain(
      '| Mon 2 Mar 2026 15:10 | Month-end database corruption (run in the Exercise tab) |',
    );
    expect(withHistory).toContain('| Fri 20 Feb 2026 09:00 | teams added |');
    // every 6 months: the cycle began 2026-06-07, the exercise of March is too old
    expect(withHistory).toMatch(
      /\| Rebuild an app server \| .* \| 2026-03-02 \| \*\*not exercised within the cycle \(last exercised 2026-03-02\)\*\* \|/,
    );
    // every 12 months: March is within the cycle, but the review is overdue
    expect(withHistory).toMatch(
      /\| Rebuild the lost database node \| .* \| 2026-03-02 \| \*\*overdue for review \(due 2026-11-01\)\*\* \|/,
    );
  });

  it('for one service keeps its plans and teams; an unknown service is refused with the ids', () => {
    const one = buildPlanDocument({ scenario, bia, date: '2026-12-07', service: 'transfers' });
    expect(one.title).toBe('Continuity plan: Money transfer');
    expect(one.plans.map((p) => p.id)).toEqual(['lb-repair', 'app-rebuild', 'db-rebuild']);
    expect(() =>
      buildPlanDocument({ scenario, bia, date: '2026-12-07', service: 'payments' }),
    ).toThrow(UnknownServiceError);
    expect(() =>
      buildPlanDocument({ scenario, bia, date: '2026-12-07', service: 'payments' }),
    ).toThrow('its services are: transfers');
  });
});
