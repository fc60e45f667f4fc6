import { afterAll, describe, expect, it, vi } from 'vitest';
import type { PlanStep, RecoveryPlan } from '../../src/core/model.ts';
import { minutes } from '../../src/core/time.ts';
import { planSummary, renderGantt, schedulePlan } from '../../src/charts/gantt.ts';
import { wrap } from '../../src/charts/gantt-heading.ts';
import { newDocument, newSvg, snapshotText } from './dom.ts';

/**
 * The bank's former failover plan (before the promotion became its standby group's
 * switch-over), kept here for its parallel branches:
 * assess 5-15 min -> promote 10-20 min -> { repoint 5 min, rebuild 2 h / 3 h / 6 h }.
 */
const dbFailover: RecoveryPlan = {
  id: 'db-failover',
  name: 'Promote the replica and rebuild',
  steps: [
    {
      id: 'assess',
      name: 'Assess the failure',
      duration: { type: 'uniform', min: minutes(5), max: minutes(15) },
      owner: 'dba',
      after: [],
    },
    {
      id: 'promote',
      name: 'Promote the replica',
      duration: { type: 'uniform', min: minutes(10), max: minutes(20) },
      owner: 'dba',
      after: ['assess'],
    },
    {
      id: 'repoint',
      name: 'Repoint the app servers',
      duration: { type: 'fixed', value: minutes(5) },
      owner: 'app-team',
      after: ['promote'],
    },
    {
      id: 'rebuild',
      name: 'Rebuild the lost node',
      duration: { type: 'triangular', min: minutes(120), likely: minutes(180), max: minutes(360) },
      owner: 'dba',
      after: ['promote'],
    },
  ],
};

const step = (id: string, mins: number, after: string[] = [], owner: string | null = 'ops') =>
  ({
    id,
    name: `Step ${id}`,
    duration: { type: 'fixed', value: minutes(mins) },
    owner,
    after,
  }) as PlanStep;

const planOf = (...steps: PlanStep[]): RecoveryPlan => ({ id: 'p', name: 'Test plan', steps });

const { document, close } = newDocument();
afterAll(close);
const view = document.defaultView!;

const attr = (el: Element | null | undefined, name: string) => Number(el?.getAttribute(name));
const bar = (svg: SVGSVGElement, id: string) =>
  svg.querySelector(`g.cs-step[data-step="${id}"] .cs-bar`);
const texts = (svg: SVGSVGElement, selector: string) =>
  Array.from(svg.querySelectorAll(selector)).map((t) => t.textContent);

describe('schedulePlan', () => {
  it('starts each step when its last prerequisite finishes, at the chosen bound', () => {
    const times = (bound: 'likely' | 'high') =>
      schedulePlan(dbFailover, bound).steps.map((s) => [
        s.step.id,
        (s.start ?? NaN) / 60_000,
        (s.end ?? NaN) / 60_000,
      ]);
    expect(times('likely')).toEqual([
      ['assess', 0, 10],
      ['promote', 10, 25],
      ['repoint', 25, 30],
      ['rebuild', 25, 205],
    ]);
    expect(times('high')).toEqual([
      ['assess', 0, 15],
      ['promote', 15, 35],
      ['repoint', 35, 40],
      ['rebuild', 35, 395],
    ]);
    const s = schedulePlan(dbFailover);
    expect(s.length).toBe(minutes(205));
    expect(s.critical).toEqual(['assess', 'promote', 'rebuild']);
    expect(s.steps.filter((x) => x.critical).map((x) => x.step.id)).toEqual(s.critical);
  });

  it('leaves steps in a cycle (and those waiting on one) unordered instead of hanging', () => {
    const s = schedulePlan(
      planOf(step('a', 10), step('x', 5, ['y']), step('y', 5, ['x']), step('z', 5, ['x', 'a'])),
    );
    expect(s.steps.map((x) => x.start)).toEqual([0, null, null, null]);
    expect(s.unordered).toBe(3);
    expect(s.length).toBe(minutes(10));
    expect(s.critical).toEqual(['a']);
    const self = schedulePlan(planOf(step('s', 5, ['s'])));
    expect(self.unordered).toBe(1);
    expect(planSummary(self, 60)).toBe('Plan cannot be ordered: its prerequisites form a cycle');
  });

  it('ignores prerequisites that name no step, and lists them', () => {
    const s = schedulePlan(planOf(step('a', 10), step('b', 5, ['a', 'nope', 'a'])));
    expect(s.steps[1]).toMatchObject({ start: minutes(10), after: ['a'], unknown: ['nope'] });
  });
});

describe('planSummary', () => {
  const s = schedulePlan(dbFailover);
  it('says how far the plan runs over the RTO, or how much it leaves to spare', () => {
    expect(planSummary(s, 120)).toBe(
      'Plan takes 3 h 25 min (likely) against an RTO of 2 h: 1 h 25 min over',
    );
    expect(planSummary(s, 240)).toBe(
      'Plan takes 3 h 25 min (likely) against an RTO of 4 h: 35 min to spare',
    );
    expect(planSummary(s, 205)).toBe(
      'Plan takes 3 h 25 min (likely) against an RTO of 3 h 25 min: exactly the RTO',
    );
    expect(planSummary(s, null)).toBe('Plan takes 3 h 25 min (likely); no RTO set');
  });

  it('counts detection against the RTO too', () => {
    expect(planSummary(s, 120, 5)).toBe(
      'Detection (5 min) and plan (3 h 25 min, likely) take 3 h 30 min against an RTO of 2 h: 1 h 30 min over',
    );
  });
});

describe('renderGantt', () => {
  it('draws the bank database failover against its 2 h RTO (snapshot)', async () => {
    const svg = newSvg(document);
    renderGantt(svg, { plan: dbFailover, rtoMinutes: 120 }, { onSelectStep: () => undefined });
    await expect(snapshotText(svg)).toMatchFileSnapshot('__snapshots__/gantt-db-failover.svg');
  });

  it('puts the summary in the title and on top, and one labelled row per step in plan order', () => {
    const svg = newSvg(document);
    renderGantt(svg, { plan: dbFailover, rtoMinutes: 120 });
    const title = 'Plan takes 3 h 25 min (likely) against an RTO of 2 h: 1 h 25 min over';
    expect(svg.querySelector('title')?.textContent).toBe(title);
    expect(texts(svg, 'g.cs-heading text')[0]).toBe(title);
    expect(svg.querySelector('desc')?.textContent).toBe(
      'Promote the replica and rebuild: 4 steps in plan order. Critical path (likely): Assess the failure → Promote the replica → Rebuild the lost node.',
    );
    expect(texts(svg, 'g.cs-step .cs-label')).toEqual([
      'Assess the failure · dba',
      'Promote the replica · dba',
      'Repoint the app servers · app-team',
      'Rebuild the lost node · dba',
    ]);
    expect(texts(svg, 'g.cs-step .cs-duration')).toEqual([
      '10 min (5–15 min)',
      '15 min (10–20 min)',
      '5 min',
      '3 h (2–6 h)',
    ]);
  });

  it('starts each bar where its prerequisites end, with its low..high strip from there', () => {
    const svg = newSvg(document);
    renderGantt(svg, { plan: dbFailover, rtoMinutes: 120 });
    const x0 = attr(bar(svg, 'assess'), 'x');
    const perMinute = attr(bar(svg, 'assess'), 'width') / 10;
    const at = (m: number) => x0 + m * perMinute;
    expect(attr(bar(svg, 'promote'), 'x')).toBeCloseTo(at(10), 6);
    expect(attr(bar(svg, 'repoint'), 'x')).toBeCloseTo(at(25), 6);
    expect(attr(bar(svg, 'rebuild'), 'x')).toBeCloseTo(at(25), 6);
    expect(attr(bar(svg, 'rebuild'), 'width')).toBeCloseTo(180 * perMinute, 6);
    const strip = svg.querySelector('g.cs-step[data-step="rebuild"] .cs-range');
    expect(attr(strip, 'x')).toBeCloseTo(at(25 + 120), 6);
    expect(attr(strip, 'width')).toBeCloseTo(240 * perMinute, 6);
    // at the high bound every step takes its longest
    renderGantt(svg, { plan: dbFailover, rtoMinutes: 120, bound: 'high' });
    expect(attr(bar(svg, 'rebuild'), 'width') / attr(bar(svg, 'assess'), 'width')).toBeCloseTo(
      360 / 15,
      6,
    );
    expect(texts(svg, 'g.cs-heading text')).toContain('high duration');
  });

  it('outlines the critical path in bold and names it in the legend', () => {
    const svg = newSvg(document);
    renderGantt(svg, { plan: dbFailover, rtoMinutes: 120 });
    const critical = Array.from(svg.querySelectorAll('g.cs-step[data-critical="true"]'));
    expect(critical.map((g) => g.getAttribute('data-step'))).toEqual([
      'assess',
      'promote',
      'rebuild',
    ]);
    expect(bar(svg, 'rebuild')?.getAttribute('stroke-width')).toBe('2.5');
    expect(bar(svg, 'repoint')?.getAttribute('stroke-width')).toBe('1');
    expect(texts(svg, 'g.cs-heading text')).toContain('critical path');
  });

  it('draws an elbow arrow from each prerequisite’s end to the start of the step after it', () => {
    const svg = newSvg(document);
    renderGantt(svg, { plan: dbFailover, rtoMinutes: 120 });
    const arrows = Array.from(svg.querySelectorAll('g.cs-arrow'));
    expect(
      arrows.map((a) => `${a.getAttribute('data-from')}>${a.getAttribute('data-to')}`),
    ).toEqual(['assess>promote', 'promote>repoint', 'promote>rebuild']);
    const promote = bar(svg, 'promote');
    const end = attr(promote, 'x') + attr(promote, 'width');
    const line = svg.querySelector('g.cs-arrow[data-to="rebuild"] .cs-arrow-line');
    expect(line?.getAttribute('d')?.startsWith(`M${end},`)).toBe(true);
    expect(line?.getAttribute('stroke-width')).toBe('1.6'); // on the critical path
    const side = svg.querySelector('g.cs-arrow[data-to="repoint"] .cs-arrow-line');
    expect(side?.getAttribute('stroke-width')).toBe('1');
  });

  it('marks the RTO with a labelled line and shades everything past it', () => {
    const svg = newSvg(document);
    renderGantt(svg, { plan: dbFailover, rtoMinutes: 120 });
    const perMinute = attr(bar(svg, 'assess'), 'width') / 10;
    const rx = attr(svg.querySelector('g.cs-rto line'), 'x1');
    expect(rx).toBeCloseTo(attr(bar(svg, 'assess'), 'x') + 120 * perMinute, 6);
    expect(svg.querySelector('g.cs-rto-label text')?.textContent).toBe('RTO 2 h');
    const shade = svg.querySelector('g.cs-over-rto rect');
    expect(attr(shade, 'x')).toBeCloseTo(rx, 6);
    expect(attr(shade, 'x') + attr(shade, 'width')).toBe(760 - 20);
    expect(shade?.getAttribute('fill')).toBe('url(#cs-fill-down)');
    renderGantt(svg, { plan: dbFailover, rtoMinutes: null });
    expect(svg.querySelectorAll('g.cs-rto line, g.cs-over-rto rect')).toHaveLength(0);
    expect(svg.querySelector('title')?.textContent).toBe(
      'Plan takes 3 h 25 min (likely); no RTO set',
    );
  });

  it('puts detection in a first row and starts the plan after it', () => {
    const svg = newSvg(document);
    const wide = { width: 1000 };
    const plain = renderGantt(svg, { plan: dbFailover, rtoMinutes: 120 }, wide);
    const withDetection = renderGantt(
      svg,
      { plan: dbFailover, rtoMinutes: 120, detectionMinutes: 30 },
      wide,
    );
    expect(withDetection.height - plain.height).toBe(32);
    const detection = svg.querySelector('g.cs-detection rect');
    const perMinute = attr(bar(svg, 'assess'), 'width') / 10;
    expect(attr(detection, 'width')).toBeCloseTo(30 * perMinute, 6);
    expect(attr(bar(svg, 'assess'), 'x')).toBeCloseTo(
      attr(detection, 'x') + attr(detection, 'width'),
      6,
    );
    expect(texts(svg, 'g.cs-detection text')).toEqual(['Detection', '30 min']);
    expect(svg.querySelector('g.cs-x-title text')?.textContent).toBe('time since the failure');
    expect(svg.querySelector('title')?.textContent).toBe(
      'Detection (30 min) and plan (3 h 25 min, likely) take 3 h 55 min against an RTO of 2 h: 1 h 55 min over',
    );
  });

  it('makes each step a button, named first by its visible text, that calls onSelectStep on click, Enter and Space', () => {
    const svg = newSvg(document);
    const onSelectStep = vi.fn();
    renderGantt(
      svg,
      { plan: dbFailover, rtoMinutes: 120 },
      { onSelectStep, selectedStep: 'promote' },
    );
    expect(svg.getAttribute('role')).toBe('group');
    const row = svg.querySelector('g.cs-step[data-step="rebuild"]')!;
    expect(row.getAttribute('role')).toBe('button');
    expect(row.getAttribute('tabindex')).toBe('0');
    expect(row.getAttribute('aria-pressed')).toBe('false');
    expect(row.getAttribute('aria-label')).toBe(
      'Rebuild the lost node · dba, 3 h (2–6 h): from 25 min to 3 h 25 min (3 h, likely, 2 h to 6 h from its start), on the critical path',
    );
    const selected = svg.querySelector('g.cs-step[data-step="promote"]')!;
    expect(selected.getAttribute('aria-pressed')).toBe('true');
    expect(selected.querySelector('.cs-label')?.getAttribute('font-weight')).toBe('bold');
    row.dispatchEvent(new view.MouseEvent('click', { bubbles: true }));
    row.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    row.dispatchEvent(new view.KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    row.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'x', bubbles: true }));
    expect(onSelectStep.mock.calls).toEqual([['rebuild'], ['rebuild'], ['rebuild']]);
    renderGantt(svg, { plan: dbFailover, rtoMinutes: 120 });
    expect(svg.querySelectorAll('[role="button"], [tabindex], [aria-pressed]')).toHaveLength(0);
    expect(svg.getAttribute('role')).toBe('img');
    row.dispatchEvent(new view.MouseEvent('click', { bubbles: true }));
    expect(onSelectStep).toHaveBeenCalledTimes(3);
  });

  it('says so when the plan has no steps', () => {
    const svg = newSvg(document);
    renderGantt(svg, { plan: dbFailover, rtoMinutes: 120 });
    const { height } = renderGantt(svg, { plan: planOf(), rtoMinutes: 120 });
    expect(height).toBe(140);
    expect(svg.querySelector('g.cs-empty text')?.textContent).toBe('This plan has no steps yet');
    expect(svg.querySelectorAll('g.cs-plot')).toHaveLength(0);
    expect(svg.querySelector('title')?.textContent).toBe('Plan has no steps');
  });

  it("names a declared team's steps by the team's name, in the label, its tooltip and its accessible name", () => {
    const svg = newSvg(document);
    const teamNames = new Map([['dba', 'Database administrators']]);
    renderGantt(
      svg,
      { plan: dbFailover, rtoMinutes: 120, teamNames },
      { onSelectStep: () => undefined },
    );
    // the label shortened to its room, the full name in its tooltip and accessible name
    const labels = texts(svg, 'g.cs-step .cs-label');
    expect(labels[0]).toMatch(/^Assess the failure · Database admin/);
    expect(labels[1]).toMatch(/^Promote the replica · Database admin/);
    // an owner that names no declared team stays as written
    expect(labels[2]).toBe('Repoint the app servers · app-team');
    const rebuild = svg.querySelector('g.cs-step[data-step="rebuild"]')!;
    expect(rebuild.querySelector('title')?.textContent).toMatch(
      /^Rebuild the lost node · Database administrators: from 25 min/,
    );
    expect(rebuild.getAttribute('aria-label')).toContain(
      ': Rebuild the lost node · Database administrators, from 25 min to 3 h 25 min',
    );
  });

  it('lists steps whose prerequisites form a cycle without placing them', () => {
    const svg = newSvg(document);
    const plan = planOf(step('a', 30), step('x', 5, ['y']), step('y', 5, ['x'], null));
    renderGantt(svg, { plan, rtoMinutes: 60 }, { onSelectStep: () => undefined });
    expect(texts(svg, 'g.cs-step .cs-label')).toEqual(['Step a · ops', 'Step x · ops', 'Step y']);
    expect(texts(svg, 'g.cs-step .cs-note')).toEqual([
      '',
      '⚠ cannot order: prerequisites form a cycle',
      '⚠ cannot order: prerequisites form a cycle',
    ]);
    expect(bar(svg, 'x')?.getAttribute('display')).toBe('none');
    expect(svg.querySelector('g.cs-step[data-step="y"]')?.getAttribute('aria-label')).toBe(
      'Step y, 5 min: cannot order: prerequisites form a cycle',
    );
    expect(svg.querySelectorAll('g.cs-arrow')).toHaveLength(0);
    expect(svg.querySelector('title')?.textContent).toBe(
      'Plan takes 30 min (likely) against an RTO of 1 h: 30 min to spare (2 steps left out: prerequisites form a cycle)',
    );
  });

  it('ignores unknown prerequisites with a note', () => {
    const svg = newSvg(document);
    const plan = planOf(step('a', 30), step('b', 10, ['a', 'ghost']));
    renderGantt(svg, { plan, rtoMinutes: 60 });
    const notes = texts(svg, 'g.cs-heading text').filter((t) => t?.startsWith('Note'));
    expect(notes).toEqual([
      'Note: “Step b” waits for “ghost”, which is not a step of this plan: ignored.',
    ]);
    expect(svg.querySelector('desc')?.textContent).toContain(notes[0]);
    expect(attr(bar(svg, 'b'), 'x')).toBeCloseTo(
      attr(bar(svg, 'a'), 'x') + attr(bar(svg, 'a'), 'width'),
      6,
    );
    expect(svg.querySelector('g.cs-step[data-step="b"] title')?.textContent).toMatch(
      /ignores unknown prerequisite ghost$/,
    );
  });

  it('wraps a summary too long for one line, and grows to fit it', () => {
    const svg = newSvg(document);
    const data = { plan: dbFailover, rtoMinutes: 120, detectionMinutes: 30 };
    const wide = renderGantt(svg, data, { width: 1000 });
    expect(texts(svg, 'g.cs-heading text.cs-summary')).toHaveLength(1);
    const narrow = renderGantt(svg, data, { width: 500 });
    const lines = texts(svg, 'g.cs-heading text.cs-summary');
    expect(lines.join(' ')).toBe(svg.querySelector('title')?.textContent);
    expect(lines.length).toBeGreaterThan(1);
    expect(narrow.height - wide.height).toBe((lines.length - 1) * 17);
  });

  it('never breaks a duration across lines: "2 h 28 min" stays on one, at any width', () => {
    const summary =
      "Failure at Fri 30 Jan 02:00 (night, outside its teams' hours): Detection (5 min) and plan (4 h 23 min, likely, 1 h 8 min call-out of Platform team and 1 h 30 min call-out of Transfer application team) take 4 h 28 min against an RTO of 2 h: 2 h 28 min over";
    for (let width = 120; width <= 900; width += 5) {
      const lines = wrap(summary, width, 13);
      expect(lines.join(' ')).toBe(summary);
      for (let i = 0; i + 1 < lines.length; i++) {
        // neither a number from its unit, nor hours from the minutes that follow them
        const seam = `${lines[i]}|${lines[i + 1]}`;
        expect(seam).not.toMatch(/\d\|(h|min)\b/);
        expect(seam).not.toMatch(/\d h\|\d+ min/);
      }
    }
  });

  it('grows with its rows and returns its height', () => {
    const svg = newSvg(document);
    const one = renderGantt(svg, { plan: planOf(step('a', 30)), rtoMinutes: 60 });
    const four = renderGantt(svg, { plan: dbFailover, rtoMinutes: 120 });
    expect(four.height - one.height).toBe(3 * 32);
    expect(svg.getAttribute('height')).toBe(String(four.height));
    expect(svg.getAttribute('viewBox')).toBe(`0 0 760 ${four.height}`);
  });

  it('redraws in place to the same markup as a fresh render', () => {
    const reused = newSvg(document);
    renderGantt(reused, { plan: planOf(), rtoMinutes: null });
    renderGantt(reused, { plan: planOf(step('x', 5, ['y']), step('y', 5, ['x'])), rtoMinutes: 5 });
    renderGantt(
      reused,
      { plan: dbFailover, rtoMinutes: 120, detectionMinutes: 5 },
      { onSelectStep: () => undefined, selectedStep: 'assess' },
    );
    renderGantt(reused, { plan: dbFailover, rtoMinutes: 90, bound: 'high' }, { width: 600 });
    const fresh = newSvg(document);
    renderGantt(fresh, { plan: dbFailover, rtoMinutes: 90, bound: 'high' }, { width: 600 });
    expect(reused.outerHTML).toBe(fresh.outerHTML);
  });
});
