import { afterAll, describe, expect, it } from 'vitest';
import { renderTimeline, timelineHeight, TIMELINE_LAYOUT } from '../../src/charts/timeline.ts';
import { placeLabels } from '../../src/charts/timeline-clock-changes.ts';
import { CLOCK_STRIP, timelineFrame } from '../../src/charts/timeline-layout.ts';
import { days } from '../../src/core/time.ts';
import { newDocument, newSvg } from './dom.ts';
import { weekModel } from './fixture.ts';
import { after, londonAutumn, londonSpring } from '../support/zoned.ts';

const { document, close } = newDocument();
afterAll(close);

/** The hand-built week, on London's clock from Friday 27 March (forward at 49 h). */
const spring = londonSpring();
const springModel = { ...weekModel, startEpoch: spring.startEpoch, timeZone: spring.timeZone };
const autumn = londonAutumn();
const autumnModel = { ...weekModel, startEpoch: autumn.startEpoch, timeZone: autumn.timeZone };
const view = { width: 1000, from: after(36), to: after(60), playhead: null };

const marks = (svg: SVGSVGElement) => Array.from(svg.querySelectorAll('g.cs-clock-change'));

describe('the timeline marks a change of the clocks inside its view', () => {
  it('draws one thin dashed line at the change, labelled "clocks +1 h (GMT→BST)"', () => {
    const svg = newSvg(document);
    renderTimeline(svg, springModel, view);
    const [mark, ...rest] = marks(svg);
    expect(rest).toEqual([]);
    expect(mark?.getAttribute('data-direction')).toBe('forward');
    expect(mark?.querySelector('text')?.textContent).toBe('clocks +1 h (GMT→BST)');
    expect(mark?.querySelector('title')?.textContent).toBe(
      'Clocks go forward 1 h on Sun 29 Mar 2026 at 01:00 GMT, to 02:00 BST: local times from 01:00 to 02:00 do not exist that night.',
    );
    const x = timelineFrame(springModel, view).px(after(49));
    expect(mark?.querySelector('path')?.getAttribute('d')).toMatch(new RegExp(`^M${x},2V`));
    expect(mark?.querySelector('path')?.getAttribute('stroke-dasharray')).toBe('5 3');
  });

  it('marks the autumn change "clocks −1 h (BST→GMT)", drawn in the palette’s ink (light and dark)', () => {
    const svg = newSvg(document);
    renderTimeline(svg, autumnModel, view);
    const [mark] = marks(svg);
    expect(mark?.getAttribute('data-direction')).toBe('back');
    expect(mark?.querySelector('text')?.textContent).toBe('clocks −1 h (BST→GMT)');
    expect(mark?.querySelector('path')?.getAttribute('stroke')).toBe('var(--cs-ink, #222222)');
    expect(mark?.querySelector('text')?.getAttribute('fill')).toBe('var(--cs-ink, #222222)');
  });

  it('labels the axis in local time with the abbreviations, and the titles too', () => {
    const svg = newSvg(document);
    renderTimeline(svg, autumnModel, { ...view, from: after(47), to: after(53) });
    const ticks = Array.from(svg.querySelectorAll('.cs-axis .tick text')).map((t) => t.textContent);
    expect(ticks).toEqual([
      '23:00 BST',
      'Sun 25',
      '01:00 BST',
      '01:00 GMT',
      '02:00 GMT',
      '03:00 GMT',
      '04:00 GMT',
    ]);
    renderTimeline(svg, autumnModel, {
      ...view,
      from: after(47),
      to: after(53),
      playhead: after(50, 30),
    });
    expect(svg.querySelector('.cs-playhead-line title')?.textContent).toBe(
      'Playhead: 2026-10-25 01:30 GMT',
    );
  });

  it('draws no mark where the view holds no change, and none without a time zone', () => {
    const svg = newSvg(document);
    renderTimeline(svg, springModel, { ...view, from: after(60), to: days(4) });
    expect(marks(svg)).toEqual([]);
    renderTimeline(svg, weekModel, view);
    expect(marks(svg)).toEqual([]);
  });

  it('keeps a strip above the axis for the label in a run whose clocks change, whatever the zoom', () => {
    expect(timelineHeight(springModel)).toBe(timelineHeight(weekModel) + CLOCK_STRIP);
    const frame = timelineFrame(springModel, { ...view, from: after(60), to: days(4) });
    expect(frame.body.y).toBe(TIMELINE_LAYOUT.margin.top + CLOCK_STRIP);
  });
});

describe('labels of changes close together', () => {
  // A plot from x = 0 to 600, 1 px per ms of simulated time.
  const frame = { px: (t: number) => t, right: 600 };
  const change = (t: number, forward: boolean) => ({
    t,
    before: forward ? 0 : 3_600_000,
    after: forward ? 3_600_000 : 0,
  });
  const label = (c: { before: number; after: number }) =>
    c.after > c.before ? 'clocks +1 h (CET→CEST)' : 'clocks −1 h (CEST→CET)';

  it('keep the whole label where there is room, right of the line', () => {
    const placed = placeLabels(frame, [change(100, true), change(400, false)], label);
    expect(placed.get(100)).toEqual({ text: 'clocks +1 h (CET→CEST)', x: 104, anchor: 'start' });
    expect(placed.get(400)).toEqual({ text: 'clocks −1 h (CEST→CET)', x: 404, anchor: 'start' });
  });

  it('shorten every label to "clocks ±1 h" where the whole ones would run into each other', () => {
    // Whole, the first label ends at 104 + 22 × 5.6 = 227.2: the one of the line at 200 has room
    // on neither side. Short (11 × 5.6 = 61.6 px), all three fit.
    const placed = placeLabels(
      frame,
      [change(100, true), change(200, false), change(596, true)],
      label,
    );
    expect([...placed.values()]).toEqual([
      { text: 'clocks +1 h', x: 104, anchor: 'start' },
      { text: 'clocks −1 h', x: 204, anchor: 'start' },
      { text: 'clocks +1 h', x: 592, anchor: 'end' },
    ]);
  });

  it('leave out a label that finds no room even when short (its line and title stay)', () => {
    const placed = placeLabels(frame, [change(100, true), change(120, false)], label);
    expect([...placed.keys()]).toEqual([100]);
    expect(placed.get(100)!.text).toBe('clocks +1 h');
  });
});
