import { afterAll, describe, expect, it } from 'vitest';
import { binSpans, binWithinBudget, mergeIntervals } from '../../src/charts/density.ts';
import { renderTimeline } from '../../src/charts/timeline.ts';
import { days, hours } from '../../src/core/time.ts';
import { denseModel } from './dense-model.ts';
import { newDocument, newSvg } from './dom.ts';

const { document, close } = newDocument();
afterAll(close);

const px = (t: number) => t / hours(1); // one pixel per hour
const view = { from: 0, to: hours(100) };
const severity = (s: string) => ['ok', 'warn', 'bad'].indexOf(s);
const s = (start: number, end: number, state: string) => ({
  start: hours(start),
  end: hours(end),
  state,
});

describe('binSpans', () => {
  it('keeps spans at least a pixel wide whole, clipped to the view', () => {
    const bins = binSpans([s(-5, 3, 'ok'), s(3, 10, 'bad'), s(99, 120, 'ok')], px, view, severity);
    expect(bins.map((b) => [b.start / hours(1), b.end / hours(1), b.state, b.mixed])).toEqual([
      [0, 3, 'ok', false],
      [3, 10, 'bad', false],
      [99, 100, 'ok', false],
    ]);
  });

  it('merges narrower spans into a mixed bin: the worst state wins, with counts', () => {
    const narrow = [s(10, 10.25, 'ok'), s(10.25, 10.5, 'bad'), s(10.5, 10.75, 'ok')];
    const [bin, ...rest] = binSpans([...narrow, s(10.75, 11, 'warn')], px, view, severity);
    expect(rest).toEqual([]);
    expect(bin).toMatchObject({ start: hours(10), end: hours(11), state: 'bad', mixed: true });
    expect(bin?.counts).toEqual([
      ['bad', 1],
      ['warn', 1],
      ['ok', 2],
    ]);
  });

  it('raises the threshold until the budget holds', () => {
    const many = Array.from({ length: 100 }, (_, i) => s(i, i + 1, i % 2 ? 'bad' : 'ok'));
    expect(binSpans(many, px, view, severity)).toHaveLength(100);
    const bins = binWithinBudget(many, px, view, severity, 30);
    expect(bins.length).toBeLessThanOrEqual(30);
    expect(bins.every((b) => b.state === 'bad')).toBe(true);
  });
});

describe('mergeIntervals', () => {
  it('merges neighbours closer than a pixel and counts them', () => {
    const bands = mergeIntervals([s(1, 2, ''), s(2.5, 4, ''), s(10, 12, '')], px, view, Infinity);
    expect(bands.map((b) => [b.start / hours(1), b.end / hours(1), b.count])).toEqual([
      [1, 4, 2],
      [10, 12, 1],
    ]);
  });
});

describe('the timeline at full zoom-out', () => {
  it('keeps a year of 50 components x 500 spans under 3,000 SVG elements', () => {
    const model = denseModel();
    const svg = newSvg(document);
    renderTimeline(svg, model, { width: 1200, from: 0, to: days(365), playhead: days(100) });
    const total = svg.querySelectorAll('*').length;
    expect(total).toBeLessThan(3000);
    expect(svg.querySelectorAll('g.cs-lane')).toHaveLength(50);
    expect(svg.querySelectorAll('rect.cs-span[data-state="mixed"]').length).toBeGreaterThan(0);
    const mixed = svg.querySelector('rect.cs-span[data-state="mixed"] > title')?.textContent;
    expect(mixed).toMatch(/mixed at this zoom, worst \w+; \d+ \w+/);
  });

  it('draws only what intersects the window when zoomed in', () => {
    const model = denseModel();
    const svg = newSvg(document);
    renderTimeline(svg, model, { width: 1200, from: days(10), to: days(11), playhead: null });
    for (const rect of Array.from(svg.querySelectorAll('rect.cs-span, rect.cs-state'))) {
      const x = Number(rect.getAttribute('x'));
      const width = Number(rect.getAttribute('width'));
      expect(x).toBeGreaterThanOrEqual(128);
      expect(x + width).toBeLessThanOrEqual(1200 - 16 + 1e-6);
    }
    expect(svg.querySelectorAll('*').length).toBeLessThan(3000);
  });
});
