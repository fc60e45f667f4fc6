import { afterAll, describe, expect, it } from 'vitest';
import { runBia } from '../../src/analysis/bia/index.ts';
import { planRunAt } from '../../src/analysis/bia/plan-run-at.ts';
import { renderGantt } from '../../src/charts/gantt.ts';
import { minutes } from '../../src/core/time.ts';
import { ganttRunOf } from '../../src/ui/editor/plans-section/gantt-moment.ts';
import { teamBank } from '../support/team-bank.ts';
import { newDocument, newSvg } from './dom.ts';

const { document, close } = newDocument();
afterAll(close);

const attr = (el: Element | null, name: string) => Number(el?.getAttribute(name));
const texts = (svg: SVGSVGElement, selector: string) =>
  Array.from(svg.querySelectorAll(selector), (e) => e.textContent);

/** The plan's Gantt, simulated with its team for a failure at `when`. */
function drawn(s = teamBank(), when: 'worst' | 'night' = 'night') {
  const plan = s.plans[0]!;
  const run = ganttRunOf(s, planRunAt(s, plan.id, when)!);
  const svg = newSvg(document);
  renderGantt(svg, { plan, rtoMinutes: s.services[0]!.objectives.rto / 60_000, run });
  return { svg, run };
}

describe('the Gantt draws a step waiting for its team apart from its work', () => {
  it('a night failure: the rebuild waits 45 min for the call-out (cross-hatched), then works 3 h', () => {
    const { svg } = drawn();
    const wait = svg.querySelector('g.cs-wait[data-wait="call-out"]')!;
    expect(wait.getAttribute('data-step')).toBe('rebuild');
    expect(wait.querySelector('rect')!.getAttribute('fill')).toBe('url(#cs-gantt-call-out)');
    expect(svg.querySelector('pattern#cs-gantt-call-out')).not.toBeNull();
    expect(wait.querySelector('title')!.textContent).toBe(
      'Rebuild the database waited 45 min for Database administrators: called out at 02:00, at work 02:45',
    );
    const waitRect = wait.querySelector('rect')!;
    const bar = svg.querySelector('g.cs-step[data-step="rebuild"] .cs-bar')!;
    // the wait ends where the work begins; 45 min of wait against 180 min of work
    expect(attr(waitRect, 'x') + attr(waitRect, 'width')).toBeCloseTo(attr(bar, 'x'), 6);
    expect(attr(bar, 'width') / attr(waitRect, 'width')).toBeCloseTo(180 / 45, 6);
    expect(svg.querySelector('g.cs-wait[data-wait="waiting"]')).toBeNull();
  });

  it('the legend and the summary name the call-out; the summary is the chart title', () => {
    const { svg } = drawn();
    expect(texts(svg, 'g.cs-heading text')).toContain('call-out of Database administrators');
    const summary =
      "Failure at Mon 5 Jan 02:00 (night, outside its teams' hours): Plan takes 3 h 45 min (likely, 45 min call-out of Database administrators) against an RTO of 3 h 30 min: 15 min over";
    expect(svg.querySelector('title')!.textContent).toBe(summary);
    expect(texts(svg, 'g.cs-step[data-step="rebuild"] > title')[0]).toContain(
      'it waited 45 min for Database administrators: called out at 02:00, at work 02:45',
    );
  });

  it("the chart's plan length is the BIA's night run, waits included", () => {
    const s = teamBank();
    const { run } = drawn(s);
    const night = runBia(s).plans[0]!.withTeams!.find((w) => w.when === 'night')!;
    expect(run.length).toBe(minutes(night.recovery.lengthMinutes!));
    expect(run.critical).toEqual(['rebuild']);
  });

  it('a step waiting for a busy person: dotted, apart from the call-out, each in the legend', () => {
    // Two checks after the rebuild, one DBA: both wait 45 min for the call-out; the second
    // then waits 20 min more for the person busy on the first.
    const M = 60_000;
    const plan = {
      id: 'p',
      name: 'Plan',
      steps: [
        {
          id: 'a',
          name: 'Check A',
          duration: { type: 'fixed' as const, value: minutes(20) },
          owner: 'dba',
          after: [],
        },
        {
          id: 'b',
          name: 'Check B',
          duration: { type: 'fixed' as const, value: minutes(10) },
          owner: 'dba',
          after: [],
        },
      ],
    };
    const wait = (to: number) => ({
      from: 0,
      callOutTo: 45 * M,
      to,
      team: 'Database administrators',
      calledAt: '02:00',
      arrivesAt: '02:45',
    });
    const svg = newSvg(document);
    renderGantt(svg, {
      plan,
      rtoMinutes: null,
      run: {
        label: 'Failure at Mon 5 Jan 02:00',
        detection: 0,
        steps: [
          { step: 'a', start: 45 * M, end: 65 * M, wait: wait(45 * M) },
          { step: 'b', start: 65 * M, end: 75 * M, wait: wait(65 * M) },
        ],
        critical: ['b'],
        length: 75 * M,
        waitsOnPath: [
          { kind: 'call-out', team: 'Database administrators', ms: 45 * M },
          { kind: 'waiting', team: 'Database administrators', ms: 20 * M },
        ],
      },
    });
    const person = svg.querySelector('g.cs-wait[data-wait="waiting"]')!;
    expect(person.getAttribute('data-step')).toBe('b');
    expect(person.querySelector('rect')!.getAttribute('fill')).toBe('url(#cs-gantt-waiting)');
    expect(person.querySelector('title')!.textContent).toBe(
      'Check B waited 1 h 5 min for Database administrators: called out at 02:00, at work 02:45, then 20 min for a free person',
    );
    expect(svg.querySelectorAll('g.cs-wait[data-wait="call-out"]')).toHaveLength(2);
    const legend = texts(svg, 'g.cs-heading text');
    expect(legend).toContain('call-out of Database administrators');
    expect(legend).toContain('waiting for Database administrators');
    expect(svg.querySelector('title')!.textContent).toBe(
      'Failure at Mon 5 Jan 02:00: Plan takes 1 h 15 min (likely, 45 min call-out of Database administrators and 20 min waiting for Database administrators); no RTO set',
    );
  });

  it('in working hours nothing waits: no wait parts, no wait legend, the bars as written', () => {
    const s = teamBank();
    const plan = s.plans[0]!;
    const r = planRunAt(s, plan.id, 'worst')!; // Mon 00:00: the worst moment of a flat 24x7 day is a night
    expect(r.at).toBe('2026-01-05T00:00');
    const svg = newSvg(document);
    renderGantt(svg, { plan, rtoMinutes: 210 });
    expect(svg.querySelectorAll('g.cs-wait')).toHaveLength(0);
    expect(texts(svg, 'g.cs-heading text').some((t) => t?.startsWith('call-out'))).toBe(false);
  });
});
