import { afterAll, describe, expect, it } from 'vitest';
import { renderHeatmap, shortMoney } from '../../src/charts/heatmap.ts';
import { newDocument, newSvg, roundNumbers } from './dom.ts';

const cells = (peak: number) =>
  Array.from({ length: 24 }, (_, hour) => ({
    hour,
    cost: hour >= 9 && hour < 16 ? peak : 0,
    downMinutes: hour >= 9 && hour < 16 ? 60 : 0,
    degradedMinutes: 0,
    unservedTransactions: 0,
  }));

describe('renderHeatmap', () => {
  const { document, close } = newDocument();
  afterAll(close);
  it('draws one cell per disruption and hour, each with its value and a title', () => {
    const svg = newSvg(document);
    const { height } = renderHeatmap(
      svg,
      [
        { id: 'a', label: 'Both app servers fail', cells: cells(80_000) },
        { id: 'b', label: 'DB-1 fails', cells: cells(0) },
      ],
      { width: 230 + 24 * 30, currency: 'EUR' },
    );
    expect(height).toBe(22 + 2 * 22 + 34);
    expect(svg.querySelectorAll('rect.cs-cell')).toHaveLength(48);
    const peak = svg.querySelector('rect.cs-cell[data-cost="80000"] title');
    expect(peak?.textContent).toBe(
      'Both app servers fail, starting 09:00: EUR 80,000 (60 min down and 0 min degraded in agreed hours, 0 transactions unserved)',
    );
    const values = Array.from(svg.querySelectorAll('g.cs-values text')).map((t) => t.textContent);
    expect(values.filter((v) => v === '80k')).toHaveLength(7);
    // redraw: same elements, no duplicates
    renderHeatmap(svg, [{ id: 'a', label: 'Both app servers fail', cells: cells(80_000) }], {
      width: 950,
      currency: 'EUR',
    });
    expect(svg.querySelectorAll('rect.cs-cell')).toHaveLength(24);
    expect(roundNumbers(svg.outerHTML)).toContain('cs-row-labels');
  });

  it('makes the cells one keyboard grid of buttons when a cell can be chosen', () => {
    const svg = newSvg(document);
    const chosen: string[] = [];
    const draw = () =>
      renderHeatmap(
        svg,
        [
          { id: 'a', label: 'Both app servers fail', cells: cells(80_000) },
          { id: 'b', label: 'DB-1 fails', cells: cells(10).map((c) => (c.hour < 6 ? null : c)) },
        ],
        { width: 950, currency: 'EUR', onSelect: (id, hour) => chosen.push(`${id}@${hour}`) },
      );
    draw();
    expect(svg.getAttribute('role')).toBe('group');
    const cell = (id: string, hour: number) =>
      Array.from(svg.querySelectorAll<SVGRectElement>('rect.cs-cell')).find((r) =>
        r
          .getAttribute('aria-label')
          ?.startsWith(`${id}, starting ${String(hour).padStart(2, '0')}:00`),
      )!;
    // one Tab stop: the first cell
    const stops = svg.querySelectorAll('rect.cs-cell[tabindex="0"]');
    expect(stops).toHaveLength(1);
    expect(stops[0]).toBe(cell('Both app servers fail', 0));
    expect(cell('Both app servers fail', 9).getAttribute('role')).toBe('button');
    expect(cell('Both app servers fail', 9).getAttribute('aria-label')).toBe(
      'Both app servers fail, starting 09:00: EUR 80,000 (60 min down and 0 min degraded in agreed hours, 0 transactions unserved)',
    );
    const press = (target: Element, key: string) =>
      target.dispatchEvent(
        new document.defaultView!.KeyboardEvent('keydown', { key, bubbles: true }),
      );
    // ArrowDown from 00:00 lands on the nearest hour the next row has: 06:00
    const start = cell('Both app servers fail', 0);
    start.focus();
    press(start, 'ArrowDown');
    const down = cell('DB-1 fails', 6);
    expect(document.activeElement).toBe(down);
    expect(down.getAttribute('tabindex')).toBe('0');
    expect(start.getAttribute('tabindex')).toBe('-1');
    expect(svg.querySelector('g.cs-focus-ring')?.getAttribute('display')).toBeNull();
    press(down, 'ArrowRight');
    expect(document.activeElement).toBe(cell('DB-1 fails', 7));
    press(cell('DB-1 fails', 7), 'Enter');
    press(cell('DB-1 fails', 7), ' ');
    expect(chosen).toEqual(['b@7', 'b@7']);
    // a redraw keeps the Tab stop where the reader left it
    draw();
    expect(cell('DB-1 fails', 7).getAttribute('tabindex')).toBe('0');
    // without a choice to make, it is a picture again
    renderHeatmap(svg, [{ id: 'a', label: 'Both app servers fail', cells: cells(1) }], {
      width: 950,
      currency: 'EUR',
    });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelectorAll('[tabindex], [role="button"]')).toHaveLength(0);
  });

  it('leaves out the hours that lie outside the scenario', () => {
    const svg = newSvg(document);
    const partial = cells(10).map((c) => (c.hour < 6 ? null : c));
    renderHeatmap(svg, [{ id: 'a', label: 'Starts at 06:00', cells: partial }], {
      width: 950,
      currency: 'EUR',
    });
    expect(svg.querySelectorAll('rect.cs-cell')).toHaveLength(18);
  });

  it('writes money short enough for a cell', () => {
    expect([
      shortMoney(0),
      shortMoney(950),
      shortMoney(95_000),
      shortMoney(1_250_000),
      shortMoney(2_000_000),
    ]).toEqual(['0', '950', '95k', '1.3M', '2M']);
  });
});
