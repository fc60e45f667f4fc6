import { afterAll, describe, expect, it } from 'vitest';
import { layoutTopology, TOPOLOGY_LAYOUT } from '../../src/charts/topology-layout.ts';
import { renderTopology } from '../../src/charts/topology.ts';
import type { ComponentStateName } from '../../src/core/trace.ts';
import { atLeast, series, standby } from '../support/model-builder.ts';
import { newDocument, newSvg, snapshotText } from './dom.ts';

const { document, close } = newDocument();
afterAll(close);

const bank = series('lb', atLeast(1, 'app-1', 'app-2'), atLeast(1, 'db-1', 'db-2'));
const {
  nodeWidth: W,
  nodeHeight: H,
  chainGap: G,
  stackGap: S,
  padding: P,
  labelHeight: LH,
  margin: M,
} = TOPOLOGY_LAYOUT;

describe('layoutTopology', () => {
  it('lays the bank out as a chain: lb, then two stacked 1-of-2 groups', () => {
    const layout = layoutTopology(bank);
    const groupW = W + 2 * P;
    const groupH = LH + 2 * P + 2 * H + S;
    expect(layout.width).toBe(W + 2 * groupW + 2 * G + 2 * M);
    expect(layout.height).toBe(groupH + 2 * M);
    expect(layout.groups.map((g) => [g.label, g.x, g.y, g.width, g.height])).toEqual([
      ['1 of 2', M + W + G, M, groupW, groupH],
      ['1 of 2', M + W + G + groupW + G, M, groupW, groupH],
    ]);
    const at = Object.fromEntries(layout.nodes.map((n) => [n.id, [n.x, n.y]]));
    const appX = M + W + G + P;
    const dbX = appX + groupW + G;
    const firstY = M + LH + P;
    expect(at).toEqual({
      lb: [M, M + (groupH - H) / 2],
      'app-1': [appX, firstY],
      'app-2': [appX, firstY + H + S],
      'db-1': [dbX, firstY],
      'db-2': [dbX, firstY + H + S],
    });
    expect(layout.connectors).toHaveLength(2);
    expect(layout.connectors.every((c) => c.y1 === M + groupH / 2 && c.x2 - c.x1 === G)).toBe(true);
  });

  it('nests a series inside a group as a chain within the box', () => {
    const layout = layoutTopology(atLeast(2, series('a', 'b'), 'c', 'd'));
    expect(layout.groups).toHaveLength(1);
    expect(layout.groups[0]?.label).toBe('2 of 3');
    expect(layout.groups[0]?.width).toBe(2 * W + G + 2 * P);
    const [a, b] = layout.nodes;
    expect(b!.x - a!.x).toBe(W + G);
    expect(a!.y).toBe(b!.y);
  });
});

describe('layoutTopology of a standby group', () => {
  it('is a box labelled active/standby, each member under a role tag', () => {
    const layout = layoutTopology(series('lb', standby('db-1', 'db-2', 600_000)));
    const pairH = LH + 2 * P + 2 * (LH + H) + S;
    expect(layout.groups.map((g) => [g.mode, g.label, g.height])).toEqual([
      ['standby', 'active/standby', pairH],
    ]);
    const x = M + W + G;
    expect(layout.roles).toEqual([
      { key: '1~0', group: 'db-1/db-2', member: 0, x: x + P, y: M + LH + P },
      { key: '1~1', group: 'db-1/db-2', member: 1, x: x + P, y: M + LH + P + LH + H + S },
    ]);
    const at = Object.fromEntries(layout.nodes.map((n) => [n.id, n.y]));
    expect(at['db-1']).toBe(M + LH + P + LH);
    expect(at['db-2']).toBe(M + LH + P + LH + H + S + LH);
  });
});

describe('renderTopology of a standby group', () => {
  const pair = series('lb', standby('db-1', 'db-2', 600_000));
  const roles = (svg: SVGSVGElement) =>
    Array.from(svg.querySelectorAll('text.cs-role')).map((t) => t.textContent);

  it('tags the named active "active" and the other "standby" without a run', () => {
    const svg = newSvg(document);
    renderTopology(svg, pair, new Map(), { width: 2000 });
    expect(roles(svg)).toEqual(['active', 'standby']);
    expect(svg.querySelector('rect.cs-group title')?.textContent).toContain('Standby group');
  });

  it('follows the run: the member taking over during a switch-over, then active', () => {
    const svg = newSvg(document);
    renderTopology(svg, pair, new Map(), {
      width: 2000,
      standby: new Map([['db-1/db-2', { current: 1, switching: true }]]),
    });
    expect(roles(svg)).toEqual(['standby', 'taking over (switch-over)']);
    renderTopology(svg, pair, new Map(), {
      width: 2000,
      standby: new Map([['db-1/db-2', { current: 1, switching: false }]]),
    });
    expect(roles(svg)).toEqual(['standby', 'active']);
  });
});

describe('renderTopology', () => {
  const state = (name: string, s: ComponentStateName, share: number) => ({
    name,
    state: s,
    capacityShare: share,
  });
  const states = new Map([
    ['lb', state('lb', 'operational', 1)],
    ['app-1', state('app-1', 'operational', 1)],
    ['app-2', state('app-2', 'overloaded', 1)],
    ['db-1', state('db-1', 'failed', 0)],
    ['db-2', state('db-2', 'degraded', 0.5)],
  ]);

  it('labels every node by name and state, with the state pattern and a tooltip', async () => {
    const svg = newSvg(document);
    const { height } = renderTopology(svg, bank, states, { width: 2000 });
    expect(height).toBe(layoutTopology(bank).height);
    const text = (cls: string) =>
      Array.from(svg.querySelectorAll(`text.${cls}`)).map((t) => t.textContent);
    expect(text('cs-node-label')).toEqual(['lb', 'app-1', 'app-2', 'db-1', 'db-2']);
    expect(text('cs-node-state')).toEqual([
      'operational',
      'operational',
      'overloaded',
      'failed',
      'degraded 50 %',
    ]);
    const db1 = svg.querySelector('rect.cs-node[data-component="db-1"]');
    expect(db1?.getAttribute('fill')).toBe('url(#cs-fill-failed)');
    expect(db1?.querySelector('title')?.textContent).toBe('db-1 (db-1): failed');
    expect(
      Array.from(svg.querySelectorAll('text.cs-group-label')).map((t) => t.textContent),
    ).toEqual(['1 of 2', '1 of 2']);
    await expect(snapshotText(svg)).toMatchFileSnapshot('__snapshots__/topology-bank.svg');
  });

  it('scales down to the width it has, and redraws without duplicates', () => {
    const svg = newSvg(document);
    const natural = layoutTopology(bank);
    renderTopology(svg, bank, states, { width: 300 });
    const { height } = renderTopology(svg, bank, states, { width: natural.width / 2 });
    expect(height).toBeCloseTo(natural.height / 2);
    expect(svg.querySelectorAll('rect.cs-node')).toHaveLength(5);
    expect(svg.querySelectorAll('defs')).toHaveLength(1);
  });
});
