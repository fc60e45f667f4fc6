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

  it('contention: the second rebuild waits for the single person (dotted), named in the legend', () => {
    const s = teamBank({ pair: true });
    // db-1's plan as the chart shows it is alone; two failures at once are the BIA's pair:
    // the Gantt of one plan has no contention, and says so by drawing no waiting part.
    const { svg } = drawn(s, 'night');
    expect(svg.querySelector('g.cs-wait[data-wait="waiting"]')).toBeNull();
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
