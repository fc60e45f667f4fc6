import { afterAll, describe, expect, it } from 'vitest';
import { stateDifferences } from '../../src/analysis/variants/differences.ts';
import type { TimelineModel } from '../../src/analysis/timeline-types.ts';
import { OVERLAY_HEIGHT, renderOverlay } from '../../src/charts/overlay.ts';
import { days } from '../../src/core/time.ts';
import { at } from '../support/model-builder.ts';
import { newDocument, newSvg } from './dom.ts';
import { weekModel } from './fixture.ts';

const { document, close } = newDocument();
afterAll(close);

// The variant recovers Monday's outage an hour sooner and has no Thursday outage.
const variant: TimelineModel = {
  ...weekModel,
  agreed: weekModel.agreed.map((a) => ({ start: a.start - 3_600_000, end: a.end })),
  service: {
    ...weekModel.service,
    intervals: weekModel.service.intervals.map((i) =>
      i.state === 'down' && i.start === at(3, 10)
        ? { ...i, state: 'up' as const }
        : i.end === at(0, 13, 12)
          ? { ...i, end: at(0, 12, 12) }
          : i.start === at(0, 13, 12)
            ? { ...i, start: at(0, 12, 12) }
            : i,
    ),
  },
};
const differences = stateDifferences(weekModel.service.intervals, variant.service.intervals);
const options = {
  width: 900,
  from: 0,
  to: days(7),
  baselineLabel: 'baseline',
  variantLabel: 'faster rebuild',
};

describe('renderOverlay', () => {
  it('draws the baseline and the variant on one axis, each over its own agreed hours', () => {
    const svg = newSvg(document);
    renderOverlay(svg, weekModel, variant, differences, options);
    expect(svg.getAttribute('height')).toBe(String(OVERLAY_HEIGHT));
    const rows = ['cs-row-baseline', 'cs-row-variant'].map((c) => svg.querySelector(`svg.${c}`)!);
    expect(rows.map((r) => r.querySelectorAll('rect.cs-state[data-state="down"]').length)).toEqual([
      2, 1,
    ]);
    expect(rows.map((r) => r.querySelectorAll('rect.cs-agreed-band').length)).toEqual([4, 4]);
    expect(svg.getAttribute('aria-label')).toContain('2 spans differ');
    expect(svg.textContent).toContain('faster rebuild');
  });

  it('marks each difference, with the chosen one outlined, and a title saying who is in which state', () => {
    expect(differences.map((d) => [d.baseline, d.variant])).toEqual([
      ['down', 'up'],
      ['down', 'up'],
    ]);
    const svg = newSvg(document);
    renderOverlay(svg, weekModel, variant, differences, { ...options, selected: 1 });
    const marks = svg.querySelectorAll('rect.cs-difference');
    expect(marks.length).toBe(2);
    expect(marks[1]!.getAttribute('data-selected')).toBe('true');
    expect(marks[0]!.getAttribute('data-selected')).toBeNull();
    expect(marks[0]!.querySelector('title')!.textContent).toMatch(
      /baseline: down; faster rebuild: up/,
    );
  });
});
