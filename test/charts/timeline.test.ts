import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  renderTimeline,
  timelineHeight,
  TIMELINE_LAYOUT,
  xScale,
} from '../../src/charts/timeline.ts';
import { at } from '../support/model-builder.ts';
import { days } from '../../src/core/time.ts';
import { newDocument, newSvg, snapshotText } from './dom.ts';
import { weekModel } from './fixture.ts';

const { document, close } = newDocument();
afterAll(close);

const week = { width: 1000, from: 0, to: days(7), playhead: at(0, 11) };
const monday = { width: 1000, from: at(0, 8), to: at(0, 20), playhead: at(0, 11) };

describe('renderTimeline', () => {
  it('draws a week of the hand-built model (snapshot)', async () => {
    const svg = newSvg(document);
    renderTimeline(svg, weekModel, week);
    await expect(snapshotText(svg)).toMatchFileSnapshot('__snapshots__/timeline-week.svg');
  });

  it('draws Monday zoomed in, with labels where there is room (snapshot)', async () => {
    const svg = newSvg(document);
    renderTimeline(svg, weekModel, { ...monday, selectedOutage: 0 });
    await expect(snapshotText(svg)).toMatchFileSnapshot('__snapshots__/timeline-monday.svg');
  });

  it('marks the breached outage with a red outline and "RTO breached by 1h 12m"', () => {
    const svg = newSvg(document);
    renderTimeline(svg, weekModel, week);
    const outages = Array.from(svg.querySelectorAll('g.cs-outage'));
    expect(outages.map((g) => g.getAttribute('data-verdict'))).toEqual(['breached', 'met']);
    expect(outages.map((g) => g.querySelector('.cs-verdict-label')?.textContent)).toEqual([
      'RTO breached by 1h 12m',
      'RTO met',
    ]);
    const outline = outages[0]?.querySelector('.cs-breach-outline');
    expect(outline?.getAttribute('display')).toBeNull();
    expect(outline?.getAttribute('stroke')).toBe('var(--cs-breach, #D55E00)');
    expect(outages[1]?.querySelector('.cs-breach-outline')?.getAttribute('display')).toBe('none');
    expect(svg.querySelectorAll('.cs-mtpd-label')[0]?.textContent).toBe('MTPD');
  });

  it('labels degraded service with the share of the demand served and never shows state by colour alone', () => {
    const svg = newSvg(document);
    renderTimeline(svg, weekModel, { ...week, from: at(1, 10), to: at(1, 13) });
    const labels = Array.from(svg.querySelectorAll('.cs-state-label')).map((t) => t.textContent);
    expect(labels).toEqual(['up', 'degraded, 60 % served', 'up']); // 600 tpm for 1,000 asked
    for (const rect of Array.from(svg.querySelectorAll('rect.cs-state, rect.cs-span'))) {
      expect(rect.getAttribute('fill')).toMatch(/^url\(#cs-fill-/);
      expect(rect.querySelector('title')?.textContent).toBeTruthy();
    }
    expect(svg.querySelectorAll('defs.cs-patterns pattern')).toHaveLength(8);
  });

  it('shows a closed day with its own pattern and the label "closed"', () => {
    const svg = newSvg(document);
    renderTimeline(svg, weekModel, week);
    expect(svg.querySelector('rect.cs-closed-day')?.getAttribute('fill')).toBe(
      'url(#cs-fill-closed)',
    );
    expect(svg.querySelector('text.cs-closed-label')?.textContent).toBe('closed');
    expect(svg.querySelectorAll('rect.cs-agreed-band')).toHaveLength(4);
  });

  it('draws one Gantt row per plan step, with name, owner, start and duration in the title', () => {
    const svg = newSvg(document);
    renderTimeline(svg, weekModel, monday);
    const titles = Array.from(svg.querySelectorAll('rect.cs-step > title')).map(
      (t) => t.textContent,
    );
    expect(titles).toHaveLength(3);
    expect(titles[1]).toBe(
      'Rebuild (Rebuild app server, app-1 incident 1)\nowner: sysadmin\nstart: 2026-01-05 10:15\nduration: 2h 30m',
    );
    renderTimeline(svg, weekModel, { ...monday, from: at(4, 0), to: at(5, 0) });
    expect(svg.querySelectorAll('rect.cs-step')).toHaveLength(0);
  });

  it('draws a switch-over as a labelled row among the plan steps, and names it on its outage', () => {
    const svg = newSvg(document);
    const start = weekModel.outages[0]!.start;
    const model = {
      ...weekModel,
      outages: weekModel.outages.map((o, i) =>
        i === 0 ? { ...o, switchover: 'switch-over db-1 → db-2' } : o,
      ),
      switchovers: [
        {
          group: 'db-1/db-2',
          from: 'db-1',
          to: 'db-2',
          start,
          end: start + 15 * 60_000,
          outcome: 'completed' as const,
          services: ['transfers'],
        },
      ],
    };
    renderTimeline(svg, model, monday);
    const bar = svg.querySelector('rect.cs-step[data-switchover="db-1/db-2"]');
    expect(bar?.querySelector('title')?.textContent).toBe(
      'switch-over db-1 → db-2 (standby group db-1/db-2): it serves nothing meanwhile\nstart: 2026-01-05 10:00\nduration: 15m',
    );
    expect(svg.querySelectorAll('rect.cs-step')).toHaveLength(4);
    const labels = Array.from(svg.querySelectorAll('text.cs-step-label')).map((t) => t.textContent);
    expect(labels.some((l) => l?.endsWith('switch-over db-1 → db-2'))).toBe(true);
    const outage = svg.querySelector('.cs-outage title, [data-verdict] title')?.textContent ?? '';
    expect(outage).toContain('began with the switch-over db-1 → db-2');
  });

  it('redraws idempotently: the same options give the same markup, never duplicates', () => {
    const svg = newSvg(document);
    renderTimeline(svg, weekModel, week);
    const once = svg.outerHTML;
    renderTimeline(svg, weekModel, week);
    expect(svg.outerHTML).toBe(once);
    renderTimeline(svg, weekModel, { ...monday, selectedOutage: 0 });
    renderTimeline(svg, weekModel, week);
    expect(svg.outerHTML).toBe(once);
    expect(svg.querySelectorAll('defs')).toHaveLength(1);
    expect(svg.querySelectorAll('g.cs-service')).toHaveLength(1);
  });

  it('updates in place to the same markup as a fresh render', () => {
    const reused = newSvg(document);
    renderTimeline(reused, weekModel, week);
    renderTimeline(reused, weekModel, { ...monday, selectedOutage: 1 });
    const fresh = newSvg(document);
    renderTimeline(fresh, weekModel, { ...monday, selectedOutage: 1 });
    expect(reused.outerHTML).toBe(fresh.outerHTML);
  });

  it('calls onSelectOutage with the outage index on click, and marks the selection', () => {
    const svg = newSvg(document);
    const onSelectOutage = vi.fn();
    renderTimeline(svg, weekModel, { ...week, selectedOutage: 1, onSelectOutage });
    const outages = svg.querySelectorAll('g.cs-outage');
    outages[0]?.dispatchEvent(new document.defaultView!.MouseEvent('click', { bubbles: true }));
    expect(onSelectOutage).toHaveBeenCalledWith(0);
    expect(outages[1]?.classList.contains('cs-selected')).toBe(true);
    expect(outages[1]?.getAttribute('role')).toBe('button');
  });

  it('shares its x scale: elapsed (simulated) time of the visible window across the plot', () => {
    const x = xScale(week);
    const { left, right } = TIMELINE_LAYOUT.margin;
    expect(x.range()).toEqual([left, week.width - right]);
    expect(x.domain()).toEqual([0, days(7)]);
    expect(timelineHeight(weekModel)).toBe(Number(newRendered().getAttribute('height')));
  });
});

function newRendered(): SVGSVGElement {
  const svg = newSvg(document);
  renderTimeline(svg, weekModel, week);
  return svg;
}
