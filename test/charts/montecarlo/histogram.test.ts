import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderHistogram } from '../../../src/charts/montecarlo/histogram.ts';
import { newDocument, newSvg, snapshotText } from '../dom.ts';
import { availability, downtime, emptyRuns } from './fixtures.ts';

const { document, close } = newDocument();
afterAll(close);
const view = document.defaultView!;

describe('renderHistogram', () => {
  it('draws the availability of 1,000 runs against a 99.5 % target (snapshot)', async () => {
    const svg = newSvg(document);
    renderHistogram(svg, availability, { onSelect: () => undefined });
    await expect(snapshotText(svg)).toMatchFileSnapshot(
      '../__snapshots__/montecarlo-histogram.svg',
    );
  });

  it('a histogram marks the target and the side that meets it', () => {
    const svg = newSvg(document);
    renderHistogram(svg, availability, { width: 640, height: 300 });
    const line = svg.querySelector('g.cs-target line');
    const x = Number(line?.getAttribute('x1'));
    expect(x).toBeCloseTo(62 + (640 - 24 - 62) / 2, 6);
    const texts = Array.from(svg.querySelectorAll('g.cs-target-labels text'));
    expect(texts.map((t) => t.textContent)).toEqual([
      'target 99.5 %',
      'meets target →',
      '← misses target',
    ]);
    const shade = svg.querySelector('g.cs-meets-shade rect');
    expect(Number(shade?.getAttribute('x'))).toBeCloseTo(x, 6);
    expect(Number(shade?.getAttribute('x')) + Number(shade?.getAttribute('width'))).toBe(640 - 24);
    const sides = Array.from(svg.querySelectorAll('g.cs-bar')).map((g) => [
      g.getAttribute('data-side'),
      g.querySelector('.cs-bar-fill')?.getAttribute('fill'),
    ]);
    expect(sides.slice(0, 10).every(([s]) => s === 'misses')).toBe(true);
    expect(sides.slice(10).every(([s]) => s === 'meets')).toBe(true);
    expect(sides[0]?.[1]).toBe('url(#cs-fill-down)');
    expect(sides[19]?.[1]).toBe('var(--cs-up, #009E73)');
    expect(svg.querySelector('desc')?.textContent).toBe(
      '1,000 runs by availability from 99.00 % to 100.00 %. target 99.5 %: 92 % of runs meet it.',
    );
  });

  it('puts the meeting side left of a "below" target, and shows share of runs on request', () => {
    const svg = newSvg(document);
    renderHistogram(svg, downtime, { yAxis: 'share' });
    const tx = Number(svg.querySelector('g.cs-target line')?.getAttribute('x1'));
    const shade = svg.querySelector('g.cs-meets-shade rect');
    expect(shade?.getAttribute('x')).toBe('62');
    expect(Number(shade?.getAttribute('width'))).toBeCloseTo(tx - 62, 6);
    expect(svg.querySelector('.cs-meets-label')?.textContent).toBe('← meets target');
    expect(svg.querySelector('g.cs-y-title text')?.textContent).toBe('share of runs');
    const ticks = Array.from(svg.querySelectorAll('g.cs-y-axis .tick text'));
    expect(ticks.map((t) => t.textContent)).toContain('10 %');
  });

  it('puts x ticks on the bar edges when the bars are equally wide', () => {
    const svg = newSvg(document);
    renderHistogram(svg, downtime);
    const ticks = Array.from(svg.querySelectorAll('g.cs-x-axis .tick text'));
    expect(ticks.map((t) => t.textContent)).toEqual([
      '0 min',
      '1 h',
      '2 h',
      '3 h',
      '4 h',
      '5 h',
      '6 h',
      '7 h',
      '8 h',
    ]);
    renderHistogram(svg, availability, { width: 400 });
    const labels = Array.from(svg.querySelectorAll('g.cs-x-axis .tick text'));
    expect(labels.map((t) => t.textContent)).toEqual([
      '99.00 %',
      '99.20 %',
      '99.40 %',
      '99.60 %',
      '99.80 %',
      '100.00 %',
    ]);
    // the last label would cross the svg's right edge: it ends at its tick instead
    expect(labels[5]?.getAttribute('text-anchor')).toBe('end');
    expect(labels[2]?.getAttribute('text-anchor')).toBeNull();
  });

  it('a bar with an example run is a keyboard-operable button that calls onSelect', () => {
    const svg = newSvg(document);
    const onSelect = vi.fn();
    renderHistogram(svg, downtime, { onSelect });
    expect(svg.getAttribute('role')).toBe('group');
    const bar = svg.querySelectorAll('g.cs-bar')[1]!;
    expect(bar.getAttribute('role')).toBe('button');
    expect(bar.getAttribute('tabindex')).toBe('0');
    expect(bar.getAttribute('aria-label')).toBe(
      '210 runs with downtime in a year 30 min to 1 h, meeting the target; open an example run',
    );
    bar.dispatchEvent(new view.MouseEvent('click', { bubbles: true }));
    bar.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    bar.dispatchEvent(new view.KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    bar.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(onSelect.mock.calls).toEqual([
      [1, downtime.bars[1]],
      [1, downtime.bars[1]],
      [1, downtime.bars[1]],
    ]);
  });

  it('leaves bars without an example run (or without onSelect) as plain marks with a title', () => {
    const svg = newSvg(document);
    const onSelect = vi.fn();
    renderHistogram(svg, availability, { onSelect });
    const plain = svg.querySelectorAll('g.cs-bar')[1]!;
    expect(plain.getAttribute('role')).toBeNull();
    expect(plain.getAttribute('tabindex')).toBeNull();
    expect(plain.querySelector('title')?.textContent).toBe(
      '1 run with availability 99.05 % to 99.10 %, missing the target (0.1 % of runs)',
    );
    plain.dispatchEvent(new view.MouseEvent('click', { bubbles: true }));
    expect(onSelect).not.toHaveBeenCalled();
    renderHistogram(svg, availability);
    expect(svg.querySelectorAll('[role="button"], [tabindex]')).toHaveLength(0);
    expect(svg.getAttribute('role')).toBe('img');
  });

  it('an empty histogram says there are no runs', () => {
    const svg = newSvg(document);
    renderHistogram(svg, downtime);
    renderHistogram(svg, emptyRuns);
    expect(svg.querySelector('g.cs-empty text')?.textContent).toBe('No runs yet');
    expect(svg.querySelectorAll('g.cs-plot, g rect, line')).toHaveLength(0);
    expect(svg.querySelector('desc')?.textContent).toBe('No runs yet.');
    renderHistogram(svg, { ...downtime, bars: downtime.bars.map((b) => ({ ...b, count: 0 })) });
    expect(svg.querySelector('g.cs-empty text')?.textContent).toBe('No runs yet');
  });

  it('redraws in place to the same markup as a fresh render', () => {
    const reused = newSvg(document);
    renderHistogram(reused, emptyRuns);
    renderHistogram(reused, availability);
    renderHistogram(reused, downtime, { width: 500, height: 240 });
    const fresh = newSvg(document);
    renderHistogram(fresh, downtime, { width: 500, height: 240 });
    expect(reused.outerHTML).toBe(fresh.outerHTML);
    expect(reused.getAttribute('viewBox')).toBe('0 0 500 240');
    expect(reused.firstElementChild?.tagName).toBe('title');
  });
});
