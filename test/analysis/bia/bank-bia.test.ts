import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  criticalPath,
  runBia,
  type BiaResult,
  type Bound,
  type ImpactFigures,
} from '../../../src/analysis/bia/index.ts';
import type { Scenario } from '../../../src/core/model.ts';
import { parseScenario } from '../../../src/scenario/index.ts';
import { bank } from '../../support/bank-model.ts';

const root = join(import.meta.dirname, '..', '..', '..');
function bankFile(): Scenario {
  const r = parseScenario(
    readFileSync(join(root, 'scenarios/bank-money-transfer.yaml'), 'utf8'),
    'bank.yaml',
  );
  if (!r.ok) throw new Error('the bank scenario does not parse');
  return r.scenario;
}
const figures = (
  bia: BiaResult,
  id: string,
  placement: 'worst' | 'opening',
  bound: Bound = 'likely',
): ImpactFigures => {
  const d = bia.disruptions.find((x) => x.id === id);
  const f = d?.impacts.find((i) => i.placement === placement)?.bounds[bound];
  if (!f) throw new Error(`no ${id} at ${placement} (${bound})`);
  return f;
};

describe('runBia on the bank (scenarios/bank-money-transfer.yaml)', () => {
  let scenario: Scenario;
  let bia: BiaResult;
  beforeAll(() => {
    scenario = bankFile();
    bia = runBia(scenario);
  });

  it('places disruptions at the month-end peak (Friday 30 January, 11:00, 1,800 tpm) and at Monday 09:00', () => {
    expect(bia.placements).toEqual([
      {
        service: 'transfers',
        worst: {
          kind: 'worst',
          t: expect.any(Number) as number,
          at: '2026-01-30T11:00',
          demand: 1800,
        },
        opening: { kind: 'opening', t: 9 * 3_600_000, at: '2026-01-05T09:00', demand: 700 },
        // What the business suffers anyway: the month-end peak is above the app tier's 1,200 tpm.
        undisrupted: {
          worst: { state: 'degraded', capacity: 1200, demand: 1800, overloadFailures: [] },
          opening: { state: 'up', capacity: 1200, demand: 700, overloadFailures: [] },
        },
      },
    ]);
  });

  it('losing the primary database is an outage as long as the promotion of the replica, at each bound', () => {
    // db-1 is active, db-2 its standby: 10-20 min switch-over (15 at the likely end).
    for (const [bound, minutes] of [
      ['low', 10],
      ['likely', 15],
      ['high', 20],
    ] as const) {
      const opening = figures(bia, 'fail:db-1', 'opening', bound);
      expect(opening).toMatchObject({
        worstState: 'down',
        downMinutes: minutes,
        outageMinutes: minutes,
        timeToRestoreMinutes: minutes,
      });
      expect(figures(bia, 'fail:db-1', 'worst', bound).downMinutes).toBe(minutes);
    }
    expect(figures(bia, 'fail:db-1', 'opening').dataLostMinutes).toBe(1);
  });

  it('losing the replica (the standby) leaves the service up: nothing serves from it', () => {
    expect(figures(bia, 'fail:db-2', 'opening')).toMatchObject({
      worstState: 'up',
      downMinutes: 0,
      degradedMinutes: 0,
      cost: 0,
      outageMinutes: null,
    });
    const worst = figures(bia, 'fail:db-2', 'worst');
    expect(worst).toMatchObject({ downMinutes: 0, unservedTransactions: 0, cost: 0 });
    // degraded at the peak only because month-end demand already exceeds 1,200 tpm
    expect(worst.worstState).toBe('degraded');
  });

  it('both app servers down is an outage lasting detection plus the plan critical path, at each bound', () => {
    const plan = scenario.plans.find((p) => p.id === 'app-rebuild')!;
    for (const bound of ['low', 'likely', 'high'] as const) {
      const path = criticalPath(plan, bound).lengthMinutes;
      for (const placement of ['worst', 'opening'] as const) {
        const f = figures(bia, 'fail:app-1+app-2', placement, bound);
        expect(f.worstState).toBe('down');
        expect(f.outageMinutes).toBe(5 + path);
        expect(f.timeToRestoreMinutes).toBe(5 + path);
        expect(f.rtoMet).toBe(5 + path <= 120);
        expect(f.rtoExceededByMinutes).toBe(Math.max(0, 5 + path - 120));
      }
    }
    expect(criticalPath(plan, 'likely')).toMatchObject({
      lengthMinutes: 105,
      dominant: { step: 'provision', minutes: 45 },
    });
    expect(figures(bia, 'fail:app-1+app-2', 'opening', 'high')).toMatchObject({
      rtoMet: false,
      rtoExceededByMinutes: 25,
    });
  });

  it('costs the first hours of agreed time as costPerHour x down hours + unserved transactions', () => {
    // Monday 09:00, 700 tpm: the first hour costs EUR 40,000 + 42,000 transactions x EUR 0.5
    const f = figures(bia, 'fail:app-1+app-2', 'opening');
    expect(f.costAfter.h1).toBeCloseTo(40_000 + 0.5 * 700 * 60, 2);
    expect(f.costAfter.h72).toBeCloseTo(f.cost, 2);
    expect(f.costAfter.h1).toBeLessThanOrEqual(f.costAfter.h4);
  });

  it('a surge above capacity is degraded service (and overload fails the app servers when it lasts)', () => {
    const mild = figures(bia, 'surge:110', 'worst');
    expect(mild).toMatchObject({ worstState: 'degraded', downMinutes: 0 });
    expect(mild.unservedTransactions).toBeGreaterThan(0);
    expect(figures(bia, 'surge:110', 'opening').worstState).toBe('up'); // 770 tpm < 1,200
    expect(figures(bia, 'surge:150', 'opening')).toMatchObject({
      worstState: 'degraded',
      downMinutes: 0,
    });
  });

  it('pairs are only those that defeat redundancy: both app servers, both databases, both load balancers', () => {
    expect(
      bia.disruptions
        .filter((d) => d.kind === 'pair')
        .map((d) => d.id)
        .sort(),
    ).toEqual(['fail:app-1+app-2', 'fail:db-1+db-2', 'fail:lb-a+lb-b']);
  });

  it('measures corruption against the RPO: an hourly backup loses up to 60 min', () => {
    expect(figures(bia, 'corrupt:db-1', 'opening')).toMatchObject({
      dataLostMinutes: 60,
      rpoMet: false,
    });
  });

  it('ranks disruptions by cost at the worst moment, highest first, and is deterministic', () => {
    const costs = bia.disruptions.map((d) => d.rankCost);
    expect(costs).toEqual([...costs].sort((a, b) => b - a));
    // A 200 % surge at the month-end peak asks for 3,600 tpm of the 1,200 the app tier
    // serves: a third, below the 50 % MBCO, so the service is down for the surge.
    expect(bia.disruptions[0]!.id).toBe('surge:200');
    expect(JSON.stringify(runBia(scenario))).toBe(JSON.stringify(bia));
  });

  it('finds no single point of failure (the load balancers and databases are pairs), and the plans critical paths', () => {
    expect(bia.spofs).toEqual([]);
    expect(bia.plans.find((p) => p.plan === 'db-rebuild')!.paths.likely).toMatchObject({
      lengthMinutes: 210,
      steps: ['assess', 'rebuild', 'resync'],
      dominant: { step: 'rebuild', minutes: 180 },
    });
  });
});

describe('runBia on the hand-built bank', () => {
  it('is degraded, not down, when one database is lost and the other cannot carry the demand', () => {
    const s = bank({ components: { 'db-1': { capacity: 1000 }, 'db-2': { capacity: 1000 } } });
    const bia = runBia(s);
    // At the opening (700 tpm asked) 1,000 tpm serves everything: up all along.
    expect(figures(bia, 'fail:db-1', 'opening')).toMatchObject({
      worstState: 'up',
      downMinutes: 0,
      degradedMinutes: 0,
      timeToRestoreMinutes: 255, // promote 15 + rebuild 240
    });
    // At the month-end peak (1,800 tpm asked until 14:00) 1,000 tpm serves more than the
    // 50 % MBCO but not all: degraded, as the undisrupted run already is on the app tier's
    // 1,200 tpm. What the loss adds: 200 tpm more unserved for the 3 h of the surge.
    expect(figures(bia, 'fail:db-1', 'worst')).toMatchObject({
      worstState: 'degraded',
      downMinutes: 0,
      degradedMinutes: 0,
      unservedTransactions: 200 * 180,
      timeToRestoreMinutes: 255,
    });
  });

  it('reports progress up to the total', () => {
    const seen: [number, number][] = [];
    runBia(bank({ monthEndSurge: false }), {
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[seen.length - 1]![0]).toBe(seen[0]![1]);
  });
});
