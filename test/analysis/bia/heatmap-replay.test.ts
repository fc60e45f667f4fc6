import { beforeAll, describe, expect, it } from 'vitest';
import { biaConditions } from '../../../src/analysis/bia/conditions.ts';
import { runBia, type BiaResult, type HeatmapRow } from '../../../src/analysis/bia/index.ts';
import { effectOfInjects } from '../../../src/analysis/injects-effect.ts';
import { serviceMetrics } from '../../../src/core/metrics.ts';
import type { Inject, Scenario } from '../../../src/core/model.ts';
import { hours } from '../../../src/core/time.ts';
import { simulateFast } from '../../../src/simulator/fast/simulate-fast.ts';
import { simulate } from '../../../src/simulator/simulate.ts';
import { decodeViewState, encodeViewState } from '../../../src/ui/state/permalink.ts';
import { bundled, withoutTeams } from '../../support/bundled.ts';

/**
 * The heatmap's promise: a cell is one simulated disruption, and its replay (its injects, run
 * on the timeline under the BIA's conditions: no random failures or scripted injects, steps at
 * their most-likely durations, over the whole horizon) shows the cell's downtime and cost.
 */
describe('the BIA heatmap of the bank is the replay of its cells', () => {
  let bank: Scenario;
  let bia: BiaResult;
  let rows: readonly HeatmapRow[];
  let replayed: Scenario;
  const progress: [number, number][] = [];
  beforeAll(() => {
    // the figures below predate the bank's teams (one DBA would queue the two rebuilds)
    bank = withoutTeams(bundled('bank-money-transfer'));
    bia = runBia(bank, { heatmap: { rows: 12 }, onProgress: (d, t) => progress.push([d, t]) });
    rows = bia.heatmaps!.find((h) => h.service === 'transfers')!.rows;
    replayed = biaConditions(bank, 'likely');
  });
  const row = (id: string) => rows.find((r) => r.disruption === id)!;

  it('places every disruption that costs anything at each hour of the worst day, Friday 30 January', () => {
    expect(bia.heatmaps!.map((h) => [h.service, h.day, h.bound])).toEqual([
      ['transfers', '2026-01-30', 'likely'],
    ]);
    // Losing the active load balancer or the primary database costs its switch-over; losing
    // a standby (lb-b, db-2) costs nothing and has no row.
    expect(rows.map((r) => r.disruption)).toEqual([
      'surge:200',
      'surge:150',
      'corrupt:db-2',
      'corrupt:db-1',
      'fail:db-1+db-2',
      'fail:lb-a+lb-b',
      'fail:app-1',
      'fail:app-2',
      'fail:app-1+app-2',
      'fail:db-1',
      'surge:110',
      'fail:lb-a',
    ]);
    for (const r of rows) {
      expect(r.cells.map((c) => c?.at)).toEqual(
        Array.from({ length: 24 }, (_, h) => `2026-01-30T${String(h).padStart(2, '0')}:00`),
      );
    }
  });

  it('counts its cells in the progress it reports, which ends at its total', () => {
    const [done, total] = progress.at(-1)!;
    expect(done).toBe(total);
    expect(total).toBe(14 * 2 + 12 * 24); // 14 disruptions x 2 placements, then 12 rows x 24 hours
  });

  it('gives every cell the downtime in agreed hours and the cost of `simulate` on its own replay injects', () => {
    const base = simulateFast(replayed, 'any seed').metrics[0]!;
    let cells = 0;
    for (const r of rows)
      for (const cell of r.cells) {
        const hit = simulateFast(replayed, 'any seed', { injects: cell!.injects }).metrics[0]!;
        const label = `${r.disruption} at ${cell!.at}`;
        expect(
          hit.downtimeInAgreedHoursMinutes - base.downtimeInAgreedHoursMinutes,
          label,
        ).toBeCloseTo(cell!.figures.downMinutes, 6);
        expect(hit.cost - base.cost, label).toBeCloseTo(cell!.figures.cost, 1);
        cells++;
      }
    expect(cells).toBe(12 * 24);
  });

  it('the actor path agrees on the cells at the peak hour (11:00), one per row', () => {
    const metrics = (injects: readonly Inject[]) =>
      serviceMetrics(replayed, replayed.services[0]!, simulate(replayed, 'x', { injects }));
    const base = metrics([]);
    for (const r of rows) {
      const cell = r.cells[11]!;
      const hit = metrics(cell.injects);
      expect(hit.downtimeInAgreedHoursMinutes - base.downtimeInAgreedHoursMinutes).toBeCloseTo(
        cell.figures.downMinutes,
        6,
      );
      expect(hit.cost - base.cost).toBeCloseTo(cell.figures.cost, 1);
    }
  }, 60_000);

  it('makes the peak-hour cell the table row itself: same injects, same figures', () => {
    for (const r of rows) {
      const impact = bia.disruptions
        .find((d) => d.id === r.disruption)!
        .impacts.find((i) => i.placement === 'worst')!;
      expect(impact.at).toBe('2026-01-30T11:00');
      expect(r.cells[11]!.injects).toEqual(impact.injects);
      expect(r.cells[11]!.figures).toEqual(impact.bounds.likely);
    }
  });

  it("gives each cell its row's surge length: 4 h at every hour, not 1 h outside agreed hours", () => {
    for (const id of ['surge:110', 'surge:150', 'surge:200'])
      for (const cell of row(id).cells)
        expect(cell!.injects).toEqual([
          expect.objectContaining({ action: 'surge', duration: hours(4), at: cell!.t }),
        ]);
  });

  it('tells the surges from the loss of both app servers (they used to share one row of figures)', () => {
    const cost = (id: string) => row(id).cells.map((c) => Math.round(c!.figures.cost));
    const apps = cost('fail:app-1+app-2');
    expect(cost('surge:150')).not.toEqual(apps);
    expect(cost('surge:200')).not.toEqual(apps);
    expect(cost('surge:200')).not.toEqual(cost('surge:150'));
    // A 4 h surge from 07:00 overloads the app servers into failing at the opening; both app
    // servers lost at 07:00 are rebuilt (1 h 50 min) before it.
    expect(row('surge:200').cells[7]!.figures.downMinutes).toBeGreaterThan(0);
    expect(row('fail:app-1+app-2').cells[7]!.figures.downMinutes).toBe(0);
    // At the peak the 200 % surge costs more than the 150 % one.
    expect(row('surge:200').cells[11]!.figures.cost).toBeGreaterThan(
      row('surge:150').cells[11]!.figures.cost,
    );
  });

  it("replays a table row on the timeline with the row's figures (what the app shows as the disruption's effect)", () => {
    for (const d of bia.disruptions) {
      const impact = d.impacts.find((i) => i.placement === 'worst')!;
      const [effect] = effectOfInjects(replayed, '1', impact.injects);
      expect(effect!.downMinutes, d.id).toBeCloseTo(impact.bounds.likely!.downMinutes, 6);
      expect(effect!.cost, d.id).toBeCloseTo(impact.bounds.likely!.cost, 1);
    }
  });

  it("carries a cell's replay in the link exactly: its injects and the BIA's conditions", () => {
    for (const r of rows)
      for (const cell of r.cells) {
        const link = encodeViewState(
          {
            scenario: 'bank-money-transfer',
            seed: '1',
            service: 'transfers',
            playhead: cell!.t,
            injects: cell!.injects,
            view: null,
            tab: 'timeline',
            edits: [],
            replay: 'likely',
          },
          bank,
        );
        const { state, problems } = decodeViewState(link, bank, {
          scenario: 'bank-money-transfer',
          seed: '1',
        });
        expect(problems).toEqual([]);
        expect(state.injects).toEqual(cell!.injects);
        expect(state.replay).toBe('likely');
      }
  });
});
