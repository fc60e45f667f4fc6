import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as d3 from 'd3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Demand } from '../../src/core/model.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import {
  factorAfterKey,
  factorAt,
  renderDemandCurve,
  snapFactor,
  type DemandCurveData,
} from '../../src/charts/demand-curve.ts';
import { newDocument, newSvg, snapshotText } from './dom.ts';

function bankDemand(): Demand {
  const file = join(import.meta.dirname, '../../scenarios/bank-money-transfer.yaml');
  const r = parseScenario(readFileSync(file, 'utf8'), 'bank-money-transfer.yaml');
  if (!r.ok) throw new Error('bank scenario invalid');
  return r.scenario.services[0]!.demand;
}

/** 1,000 tpm peaking at 11:00 and 14:00, agreed hours 09:00-16:00, capacity 1,200 tpm. */
const demand = bankDemand();
const bank: DemandCurveData = {
  hourly: Object.freeze([...demand.hourly]),
  tpm: demand.tpm,
  agreed: [{ from: 9 * 60, to: 16 * 60 }],
  capacity: 1200,
};

const { document, close } = newDocument();
afterAll(close);
const view = document.defaultView!;

// happy-dom's SVGPoint lacks matrixTransform, which d3.pointer needs; nothing is laid out, so
// the screen matrix is the identity and client coordinates are the svg's own.
const point = Object.getPrototypeOf(newSvg(document).createSVGPoint()) as {
  matrixTransform?: unknown;
};
point.matrixTransform ??= function (this: DOMPoint, m: DOMMatrix) {
  return { x: m.a * this.x + m.c * this.y + m.e, y: m.b * this.x + m.d * this.y + m.f };
};

/** A mouse event at the height of `factor` on the default 720 × 280 chart (plot 40..236 px). */
const mouse = (type: string, target: EventTarget, factor: number) =>
  target.dispatchEvent(
    new view.MouseEvent(type, {
      clientX: 400,
      clientY: d3.scaleLinear().domain([0, 3]).range([236, 40])(factor),
      bubbles: true,
      view,
    }),
  );

const hour = (svg: SVGSVGElement, h: number) =>
  svg.querySelector<SVGGElement>(`g.cs-hour[data-hour="${h}"]`)!;
const key = (el: Element, k: string, shiftKey = false) =>
  el.dispatchEvent(new view.KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true }));

describe('factorAt and the keys', () => {
  // factor 0 at y = 200 px, factor 3 at y = 20 px: 60 px per unit
  const scale = d3.scaleLinear().domain([0, 3]).range([200, 20]);

  it('factorAt(y, scale) snaps the factor under the pointer to 0.05', () => {
    expect(factorAt(scale(1.23), scale)).toBe(1.25);
    expect(factorAt(scale(1.22), scale)).toBe(1.2);
    expect(factorAt(scale(0.7), scale)).toBe(0.7);
    expect(factorAt(scale(0.149), scale)).toBe(0.15); // exactly 0.15, not 0.15000000000000002
  });

  it('factorAt(y, scale, max) clamps to 0..max', () => {
    expect(factorAt(260, scale)).toBe(0);
    expect(factorAt(-40, scale)).toBe(3);
    expect(factorAt(scale(2.4), scale, 2)).toBe(2);
    expect(snapFactor(Number.NaN)).toBe(0);
  });

  it('arrow keys move a factor by 0.05, with Shift or Page keys by 0.25', () => {
    expect(factorAfterKey(0.7, 'ArrowUp', false)).toBe(0.75);
    expect(factorAfterKey(0.7, 'ArrowRight', false)).toBe(0.75);
    expect(factorAfterKey(0.7, 'ArrowDown', false)).toBe(0.65);
    expect(factorAfterKey(0.7, 'ArrowUp', true)).toBe(0.95);
    expect(factorAfterKey(0.7, 'ArrowDown', true)).toBe(0.45);
    expect(factorAfterKey(0.7, 'PageUp', false)).toBe(0.95);
    expect(factorAfterKey(0.02, 'ArrowUp', false)).toBe(0.05); // back onto the grid
    expect(factorAfterKey(0.02, 'ArrowDown', false)).toBe(0);
    expect(factorAfterKey(2.9, 'ArrowUp', true)).toBe(3);
    expect(factorAfterKey(0.7, 'Home', false)).toBe(0);
    expect(factorAfterKey(0.7, 'End', false, 2)).toBe(2);
    expect(factorAfterKey(0.7, 'Enter', false)).toBeNull();
  });
});

describe('renderDemandCurve', () => {
  it('draws the bank’s hourly demand with its agreed hours and capacity (snapshot)', async () => {
    const svg = newSvg(document);
    renderDemandCurve(svg, bank, { onCommit: () => undefined });
    await expect(snapshotText(svg)).toMatchFileSnapshot('__snapshots__/demand-curve-bank.svg');
  });

  it('draws each hour’s bar at factor × tpm on a scale that reaches max', () => {
    const svg = newSvg(document);
    renderDemandCurve(svg, bank, { width: 720, height: 280 });
    const bars = Array.from(svg.querySelectorAll('g.cs-hour .cs-bar'));
    expect(bars).toHaveLength(24);
    // plot from y = 40 to 236 for factors 0..3
    const h = (i: number) => Number(bars[i]?.getAttribute('height'));
    expect(h(11)).toBeCloseTo(196 / 3, 6);
    expect(h(9)).toBeCloseTo((196 / 3) * 0.7, 6);
    const ticks = Array.from(svg.querySelectorAll('g.cs-y-axis .tick text'));
    expect(ticks.map((t) => t.textContent)).toEqual([
      '0',
      '500',
      '1,000',
      '1,500',
      '2,000',
      '2,500',
      '3,000',
    ]);
    expect(svg.querySelector('title')?.textContent).toBe(
      'Demand by hour of the day, 1,000 tpm at factor 1',
    );
    expect(svg.querySelector('desc')?.textContent).toBe(
      'Peak 1,000 tpm (1 ×) at 11:00. Capacity 1,200 tpm: demand stays within it.',
    );
  });

  it('shades and names the agreed hours, and draws the capacity line', () => {
    const svg = newSvg(document);
    renderDemandCurve(svg, bank);
    const shade = svg.querySelector('g.cs-agreed rect');
    const x9 = Number(hour(svg, 9).querySelector('.cs-hit')?.getAttribute('x'));
    const x16 = Number(hour(svg, 16).querySelector('.cs-hit')?.getAttribute('x'));
    expect(Number(shade?.getAttribute('x'))).toBeCloseTo(x9, 6);
    expect(Number(shade?.getAttribute('width'))).toBeCloseTo(x16 - x9, 6);
    expect(svg.querySelector('g.cs-agreed-labels text')?.textContent).toBe(
      'agreed hours 09:00–16:00',
    );
    expect(svg.querySelector('g.cs-capacity-label text')?.textContent).toBe('capacity 1,200 tpm');
    // a window past midnight shades both ends of the day
    renderDemandCurve(svg, { ...bank, agreed: [{ from: 22 * 60, to: 6 * 60 }] });
    expect(svg.querySelectorAll('g.cs-agreed rect')).toHaveLength(2);
  });

  it('hatches the demand above capacity', () => {
    const svg = newSvg(document);
    const hourly = bank.hourly.map((f, i) => (i === 11 ? 1.6 : f));
    renderDemandCurve(svg, { ...bank, hourly });
    const over = hour(svg, 11).querySelector('.cs-over');
    expect(over?.getAttribute('display')).toBe('inline');
    expect(over?.getAttribute('fill')).toBe('url(#cs-fill-down)');
    expect(Number(over?.getAttribute('height'))).toBeCloseTo((196 / 3) * 0.4, 6);
    expect(hour(svg, 14).querySelector('.cs-over')?.getAttribute('display')).toBe('none');
    expect(hour(svg, 11).querySelector('title')?.textContent).toBe(
      'Demand at 11:00: 1.6 × 1,000 tpm = 1,600 tpm, in agreed hours, 400 tpm over capacity',
    );
    expect(svg.querySelector('desc')?.textContent).toContain('demand above it at 11:00');
  });

  it('makes each hour a slider named by its demand', () => {
    const svg = newSvg(document);
    const hourly = bank.hourly.map((f, i) => (i === 9 ? 1.2 : f));
    renderDemandCurve(svg, { ...bank, hourly }, { onChange: () => undefined, max: 2.5 });
    expect(svg.getAttribute('role')).toBe('group');
    const nine = hour(svg, 9);
    expect(nine.getAttribute('role')).toBe('slider');
    expect(nine.getAttribute('tabindex')).toBe('0');
    expect(nine.getAttribute('aria-valuenow')).toBe('1.2');
    expect(nine.getAttribute('aria-valuemin')).toBe('0');
    expect(nine.getAttribute('aria-valuemax')).toBe('2.5');
    expect(nine.getAttribute('aria-label')).toBe('Demand at 09:00: 1.2 × 1,000 tpm = 1,200 tpm');
  });

  it('ArrowUp and ArrowDown change a factor and commit the whole day, never the input', () => {
    const svg = newSvg(document);
    const onChange = vi.fn<(hour: number, factor: number) => void>();
    const onCommit = vi.fn<(hourly: number[]) => void>();
    renderDemandCurve(svg, bank, { onChange, onCommit });
    const nine = hour(svg, 9);
    key(nine, 'ArrowUp');
    expect(onChange.mock.calls).toEqual([[9, 0.75]]);
    expect(onCommit).toHaveBeenCalledTimes(1);
    const day = onCommit.mock.calls[0]?.[0];
    expect(day).toEqual(bank.hourly.map((f, i) => (i === 9 ? 0.75 : f)));
    expect(bank.hourly[9]).toBe(0.7);
    // the moved hour shows its new value until the caller redraws
    expect(nine.getAttribute('aria-valuenow')).toBe('0.75');
    key(nine, 'ArrowDown', true);
    expect(onChange.mock.lastCall).toEqual([9, 0.5]);
    expect(onCommit.mock.lastCall?.[0][9]).toBe(0.5);
    // the caller passes the new factors back
    renderDemandCurve(
      svg,
      { ...bank, hourly: onCommit.mock.lastCall?.[0] ?? [] },
      {
        onChange,
        onCommit,
      },
    );
    expect(hour(svg, 9).getAttribute('aria-label')).toBe(
      'Demand at 09:00: 0.5 × 1,000 tpm = 500 tpm',
    );
  });

  it('ignores other keys, and keys that cannot move the factor further', () => {
    const svg = newSvg(document);
    const onCommit = vi.fn<(hourly: number[]) => void>();
    renderDemandCurve(svg, { ...bank, hourly: bank.hourly.map(() => 0) }, { onCommit });
    key(hour(svg, 3), 'ArrowDown');
    key(hour(svg, 3), 'Enter');
    key(hour(svg, 3), 'a');
    expect(onCommit).not.toHaveBeenCalled();
    key(hour(svg, 3), 'End');
    expect(onCommit.mock.lastCall?.[0][3]).toBe(3);
  });

  it('dragging a handle calls onChange with snapped factors and onCommit when it ends', () => {
    const svg = newSvg(document);
    const onChange = vi.fn();
    const onCommit = vi.fn();
    renderDemandCurve(svg, bank, { onChange, onCommit, width: 720, height: 280 });
    const eleven = hour(svg, 11);
    // the pointer leaves the bar: the window (capturing) still follows it
    mouse('mousedown', eleven, 1);
    mouse('mousemove', svg, 1.32);
    mouse('mousemove', svg, 1.34);
    mouse('mousemove', document.body, 9);
    mouse('mouseup', document.body, 9);
    expect(onChange.mock.calls).toEqual([
      [11, 1.3],
      [11, 1.35],
      [11, 3],
    ]);
    expect(onCommit.mock.calls).toEqual([[bank.hourly.map((f, i) => (i === 11 ? 3 : f))]]);
    expect(bank.hourly[11]).toBe(1);
    // a click without moving commits nothing
    mouse('mousedown', hour(svg, 5), 2);
    mouse('mouseup', svg, 2);
    expect(onCommit).toHaveBeenCalledTimes(1);
  });

  it('keeps a drag going when the caller redraws on every change', () => {
    const svg = newSvg(document);
    let hourly = [...bank.hourly];
    const commits: number[][] = [];
    const draw = () =>
      renderDemandCurve(svg, { ...bank, hourly }, { onChange, onCommit: (h) => commits.push(h) });
    const onChange = (h: number, factor: number) => {
      hourly = hourly.map((f, i) => (i === h ? factor : f));
      draw();
    };
    draw();
    const nine = hour(svg, 9);
    mouse('mousedown', nine, 0.7);
    mouse('mousemove', svg, 1.5);
    expect(hour(svg, 9)).toBe(nine);
    expect(nine.getAttribute('aria-valuenow')).toBe('1.5');
    mouse('mousemove', svg, 2);
    mouse('mouseup', svg, 2);
    expect(commits).toEqual([bank.hourly.map((f, i) => (i === 9 ? 2 : f))]);
    expect(hourly[9]).toBe(2);
  });

  it('without onChange or onCommit it is a picture, not a set of sliders', () => {
    const svg = newSvg(document);
    renderDemandCurve(svg, bank, { onCommit: () => undefined });
    renderDemandCurve(svg, bank);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelectorAll('[role="slider"], [tabindex], [aria-valuenow]')).toHaveLength(0);
    expect(hour(svg, 9).querySelector('.cs-grip')?.getAttribute('display')).toBe('none');
  });

  it('redraws in place to the same markup as a fresh render', () => {
    const reused = newSvg(document);
    renderDemandCurve(reused, bank, { onCommit: () => undefined });
    renderDemandCurve(reused, { hourly: [1, 2], tpm: 50, capacity: null }, { width: 400 });
    const next: DemandCurveData = { ...bank, agreed: [], capacity: 800 };
    renderDemandCurve(reused, next, { width: 500, height: 240 });
    const fresh = newSvg(document);
    renderDemandCurve(fresh, next, { width: 500, height: 240 });
    expect(reused.outerHTML).toBe(fresh.outerHTML);
  });
});
