import { afterAll, describe, expect, it } from 'vitest';
import { renderTornado, tornadoHeight } from '../../../src/charts/montecarlo/tornado.ts';
import { newDocument, newSvg, snapshotText } from '../dom.ts';
import { sensitivity } from './fixtures.ts';

const { document, close } = newDocument();
afterAll(close);

const num = (el: Element | null | undefined, attr: string) => Number(el?.getAttribute(attr));

describe('renderTornado', () => {
  it('draws the sensitivity of availability to five inputs (snapshot)', async () => {
    const svg = newSvg(document);
    renderTornado(svg, sensitivity);
    await expect(snapshotText(svg)).toMatchFileSnapshot('../__snapshots__/montecarlo-tornado.svg');
  });

  it('the tornado draws the rows in the given order and marks zero-swing inputs', () => {
    const svg = newSvg(document);
    const { height } = renderTornado(svg, sensitivity);
    expect(height).toBe(tornadoHeight(5));
    const rows = Array.from(svg.querySelectorAll('g.cs-row'));
    expect(rows.map((r) => r.getAttribute('data-id'))).toEqual([
      'db-mttr',
      'app-mtbf',
      'failover',
      'restore',
      'lb',
    ]);
    expect(rows.map((r) => r.querySelector('.cs-row-label')?.textContent)).toEqual([
      'DB-1 repair time',
      'App server time between failures',
      'Failover time',
      'Backup restore rate',
      'Load balancer repair time',
    ]);
    const ys = rows.map((r) =>
      Number(/translate\(0,([\d.]+)\)/.exec(r.getAttribute('transform') ?? '')?.[1]),
    );
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    const lb = rows[4]!;
    expect(lb.getAttribute('data-effect')).toBe('none');
    expect(lb.querySelectorAll('rect.cs-swing')).toHaveLength(0);
    expect(lb.querySelector('.cs-no-effect-label')?.textContent).toBe('no effect');
    expect(num(lb.querySelector('circle.cs-no-effect'), 'cx')).toBe(
      num(svg.querySelector('g.cs-baseline line'), 'x1'),
    );
  });

  it('draws the lowered and raised bars from the baseline in two fills, ends labelled', () => {
    const svg = newSvg(document);
    renderTornado(svg, sensitivity);
    const bx = num(svg.querySelector('g.cs-baseline line'), 'x1');
    const db = svg.querySelector('g.cs-row[data-id="db-mttr"]')!;
    const low = db.querySelector('rect.cs-low');
    const high = db.querySelector('rect.cs-high');
    // lowering the repair time raises availability: the blue bar goes right of the baseline
    expect(num(low, 'x')).toBeCloseTo(bx, 6);
    expect(num(high, 'x') + num(high, 'width')).toBeCloseTo(bx, 6);
    expect(low?.getAttribute('fill')).toBe('var(--cs-rto, #0072B2)');
    expect(high?.getAttribute('fill')).toBe('url(#cs-fill-degraded)');
    expect(db.querySelector('.cs-low-value')?.textContent).toBe('99.78 %');
    expect(db.querySelector('.cs-high-value')?.textContent).toBe('99.21 %');
    expect(db.querySelector('.cs-row-inputs')?.textContent).toBe('1 h – 8 h');
    expect(db.querySelector('title')?.textContent).toBe(
      'DB-1 repair time\n1 h: 99.78 %\n8 h: 99.21 %\nbaseline: 99.62 %',
    );
    expect(Array.from(svg.querySelectorAll('g.cs-legend text')).map((t) => t.textContent)).toEqual([
      'input lowered',
      'input raised',
    ]);
    expect(svg.querySelector('g.cs-baseline-label text')?.textContent).toBe('baseline 99.62 %');
  });

  it('splits a row whose two ends lie on the same side of the baseline', () => {
    const svg = newSvg(document);
    renderTornado(svg, {
      ...sensitivity,
      rows: [{ id: 'x', label: 'Odd input', lowInput: 'a', highInput: 'b', low: 99.7, high: 99.8 }],
    });
    const low = svg.querySelector('rect.cs-low');
    const high = svg.querySelector('rect.cs-high');
    expect(num(low, 'y') + num(low, 'height')).toBeLessThanOrEqual(num(high, 'y'));
  });

  it('an empty tornado says there is nothing to compare', () => {
    const svg = newSvg(document);
    renderTornado(svg, sensitivity);
    renderTornado(svg, { ...sensitivity, rows: [] });
    expect(svg.querySelector('g.cs-empty text')?.textContent).toBe('No inputs to compare yet');
    expect(svg.querySelectorAll('g rect, g.cs-row')).toHaveLength(0);
  });
});
