import { afterAll, describe, expect, it } from 'vitest';
import { renderSweep } from '../../../src/charts/montecarlo/sweep.ts';
import { newDocument, newSvg, snapshotText } from '../dom.ts';
import { engineers } from './fixtures.ts';

const { document, close } = newDocument();
afterAll(close);

/** The numbers of an `M x,y L x,y ... Z` path, as [x, y] pairs. */
const pairs = (d: string): [number, number][] =>
  (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? [])
    .map(Number)
    .flatMap((n, i, all) => (i % 2 === 0 ? [[n, all[i + 1]!] as [number, number]] : []));

describe('renderSweep', () => {
  it('draws the chance of meeting the RTO by on-call engineers (snapshot)', async () => {
    const svg = newSvg(document);
    renderSweep(svg, engineers);
    await expect(snapshotText(svg)).toMatchFileSnapshot('../__snapshots__/montecarlo-sweep.svg');
  });

  it("the sweep band spans each point's interval", () => {
    const svg = newSvg(document);
    renderSweep(svg, engineers, { width: 600, height: 300 });
    const y = (v: number) => 300 - 48 - v * (300 - 48 - 34);
    const band = pairs(svg.querySelector('g.cs-band path')?.getAttribute('d') ?? '');
    const circles = Array.from(svg.querySelectorAll('circle.cs-point'));
    const whiskers = Array.from(svg.querySelectorAll('g.cs-whiskers line'));
    expect(circles).toHaveLength(6);
    engineers.points.forEach((p, i) => {
      const cx = Number(circles[i]?.getAttribute('cx'));
      const at = band.filter(([bx]) => Math.abs(bx - cx) < 1e-3).map(([, by]) => by);
      // d3's paths keep three decimals
      expect(at).toHaveLength(2);
      expect(Math.min(...at)).toBeCloseTo(y(p.estimate.high), 2);
      expect(Math.max(...at)).toBeCloseTo(y(p.estimate.low), 2);
      expect(Number(circles[i]?.getAttribute('cy'))).toBeCloseTo(y(p.estimate.value), 6);
      expect(Number(whiskers[i]?.getAttribute('y1'))).toBeCloseTo(y(p.estimate.high), 6);
      expect(Number(whiskers[i]?.getAttribute('y2'))).toBeCloseTo(y(p.estimate.low), 6);
    });
  });

  it("marks today's value and makes every point focusable with its value and interval", () => {
    const svg = newSvg(document);
    renderSweep(svg, engineers);
    expect(svg.getAttribute('role')).toBe('group');
    const today = svg.querySelector('circle.cs-today');
    expect(today?.getAttribute('cx')).toBe(
      svg.querySelector('g.cs-today-line line')?.getAttribute('x1'),
    );
    expect(svg.querySelector('.cs-today-label')?.textContent).toBe('today: 3');
    expect(today?.getAttribute('tabindex')).toBe('0');
    expect(today?.getAttribute('aria-label')).toBe(
      'on-call engineers 3 (today): chance the RTO is met 87 %, 95 % interval 85 % to 89 %',
    );
    const ticks = Array.from(svg.querySelectorAll('g.cs-x-axis .tick text'));
    expect(ticks.map((t) => t.textContent)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('skips points without an estimate and honours a y domain and format', () => {
    const svg = newSvg(document);
    renderSweep(svg, {
      ...engineers,
      points: [
        ...engineers.points.slice(0, 2),
        { value: 7, estimate: { value: NaN, low: NaN, high: NaN } },
      ],
      yDomain: [0.4, 0.8],
      yFormat: (v) => v.toFixed(2),
    });
    expect(svg.querySelectorAll('circle.cs-point')).toHaveLength(2);
    expect(svg.querySelector('g.cs-line path')?.getAttribute('d')).not.toContain('NaN');
    const ticks = Array.from(svg.querySelectorAll('g.cs-y-axis .tick text'));
    expect(ticks[0]?.textContent).toBe('0.40');
    expect(svg.querySelector('desc')?.textContent).toContain('on-call engineers 7: no estimate');
  });

  it('an empty sweep says there are no results', () => {
    const svg = newSvg(document);
    renderSweep(svg, engineers);
    renderSweep(svg, { ...engineers, points: [] });
    expect(svg.querySelector('g.cs-empty text')?.textContent).toBe('No sweep results yet');
    expect(svg.querySelectorAll('circle, path')).toHaveLength(0);
  });
});
