import { afterAll, describe, expect, it } from 'vitest';
import { cdfAt, cdfPoints, renderCdf } from '../../../src/charts/montecarlo/cdf.ts';
import { newDocument, newSvg, snapshotText } from '../dom.ts';
import { availability, downtime, emptyRuns } from './fixtures.ts';

const { document, close } = newDocument();
afterAll(close);

describe('renderCdf', () => {
  it('draws the cumulative downtime of 1,000 runs against a 4 h target (snapshot)', async () => {
    const svg = newSvg(document);
    renderCdf(svg, downtime);
    await expect(snapshotText(svg)).toMatchFileSnapshot('../__snapshots__/montecarlo-cdf.svg');
  });

  it('the CDF reaches 100 % at the last bar', () => {
    const points = cdfPoints(downtime);
    expect(points[0]).toEqual([0, 0]);
    expect(points[1]).toEqual([30, 0.14]);
    expect(points[2]).toEqual([60, 0.35]);
    expect(points[points.length - 1]).toEqual([480, 1]);
    for (let i = 1; i < points.length; i++) {
      expect(points[i]![1]).toBeGreaterThanOrEqual(points[i - 1]![1]);
    }
    const svg = newSvg(document);
    renderCdf(svg, downtime);
    const d = svg.querySelector('g.cs-cdf-line path')?.getAttribute('d') ?? '';
    // the step ends at the last bar's upper edge, at the top of the plot (y = 100 %)
    expect(d.endsWith(`L${640 - 24},34`)).toBe(true);
    expect(d.startsWith(`M62,${300 - 48}`)).toBe(true);
  });

  it('annotates the share of runs that meet the target at the target line', () => {
    const svg = newSvg(document);
    renderCdf(svg, downtime);
    expect(svg.querySelector('.cs-share-label')?.textContent).toBe('91 % of runs meet the target');
    const dot = svg.querySelector('g.cs-crossing circle');
    const line = svg.querySelector('g.cs-target line');
    expect(dot?.getAttribute('cx')).toBe(line?.getAttribute('x1'));
    expect(cdfAt(cdfPoints(downtime), 240)).toBeCloseTo(0.913, 10);
    renderCdf(svg, availability);
    expect(svg.querySelector('.cs-share-label')?.textContent).toBe('92 % of runs meet the target');
    expect(svg.querySelector('desc')?.textContent).toBe(
      'Share of runs at or below each availability. target 99.5 %: 92 % of runs meet the target.',
    );
  });

  it('says "at least" when a bar straddles the target', () => {
    const svg = newSvg(document);
    renderCdf(svg, { ...downtime, target: { value: 250, label: 'target', better: 'below' } });
    expect(svg.querySelector('.cs-share-label')?.textContent).toBe(
      'at least 91 % of runs meet the target',
    );
  });

  it('an empty CDF says there are no runs', () => {
    const svg = newSvg(document);
    renderCdf(svg, downtime);
    renderCdf(svg, emptyRuns);
    expect(svg.querySelector('g.cs-empty text')?.textContent).toBe('No runs yet');
    expect(svg.querySelectorAll('path, line')).toHaveLength(0);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')?.textContent).toBe(
      'Cumulative distribution of downtime in a year over 0 runs',
    );
  });
});
