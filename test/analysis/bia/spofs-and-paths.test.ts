import { describe, expect, it } from 'vitest';
import { criticalPath, enumerateDisruptions, findSpofs } from '../../../src/analysis/bia/index.ts';
import type { RecoveryPlan } from '../../../src/core/model.ts';
import { minutes } from '../../../src/core/time.ts';
import {
  atLeast,
  component,
  flatDemand,
  scenario,
  series,
  service,
} from '../../support/model-builder.ts';

const spofsOf = (s: ReturnType<typeof scenario>) =>
  findSpofs(s).map((x) => `${x.component}:${x.reason}`);

describe('findSpofs(scenario)', () => {
  it('names series members as SPOFs and not the members of a 1-of-2 group', () => {
    const s = scenario({
      components: ['lb', 'app-1', 'app-2', 'db'].map((id) => component(id)),
      services: [service('svc', series('lb', atLeast(1, 'app-1', 'app-2'), 'db'))],
    });
    expect(spofsOf(s)).toEqual(['lb:in-series', 'db:in-series']);
  });

  it('names a site that both databases depend on as a shared-dependency SPOF', () => {
    const s = scenario({
      components: [
        component('site'),
        component('db-1', { dependsOn: ['site'] }),
        component('db-2', { dependsOn: ['site'] }),
      ],
      services: [service('svc', atLeast(1, 'db-1', 'db-2'))],
    });
    expect(findSpofs(s)).toEqual([
      {
        service: 'svc',
        component: 'site',
        reason: 'shared-dependency',
        capacityLeft: 0,
        fullCapacity: null,
        peakDemand: 0,
        takesDown: ['db-1', 'db-2'],
      },
    ]);
  });

  it('names a group member whose loss leaves less than the MBCO of the peak demand', () => {
    const s = scenario({
      components: [component('big', { capacity: 900 }), component('small', { capacity: 100 })],
      // MBCO 50 % of the 1,000 tpm asked: small alone serves 100, big alone 900.
      services: [service('svc', atLeast(1, 'big', 'small'), { demand: flatDemand(1000) })],
    });
    expect(spofsOf(s)).toEqual(['big:below-mbco']);
  });

  it('judges the MBCO against demand, so a bigger member never creates a SPOF', () => {
    const s = scenario({
      components: [component('big', { capacity: 9000 }), component('small', { capacity: 600 })],
      // 600 of the 1,000 asked is above the 50 % MBCO, however big the other member is.
      services: [service('svc', atLeast(1, 'big', 'small'), { demand: flatDemand(1000) })],
    });
    expect(spofsOf(s)).toEqual([]);
  });
});

describe('enumerateDisruptions(scenario)', () => {
  it('keeps pairs that defeat a group and prunes pairs of independent losses', () => {
    const s = scenario({
      components: ['a-1', 'a-2', 'b-1', 'b-2', 'c'].map((id) =>
        component(id, { capacity: 100, dependsOn: id === 'c' ? [] : [] }),
      ),
      services: [service('svc', series(atLeast(1, 'a-1', 'a-2'), atLeast(1, 'b-1', 'b-2'), 'c'))],
    });
    const pairs = enumerateDisruptions(s)
      .filter((d) => d.kind === 'pair')
      .map((d) => d.id);
    expect(pairs).toEqual(['fail:a-1+a-2', 'fail:b-1+b-2']);
    const triples = enumerateDisruptions(s, { triples: true }).filter((d) => d.kind === 'triple');
    expect(triples).toEqual([]); // every triple contains a pair that already takes it down
  });

  it('adds triples that defeat a 1-of-3 group on request', () => {
    const s = scenario({
      components: ['x-1', 'x-2', 'x-3'].map((id) => component(id, { capacity: 100 })),
      services: [
        service('svc', atLeast(1, 'x-1', 'x-2', 'x-3'), {
          objectives: {
            availability: 0.99,
            rto: minutes(60),
            rpo: minutes(5),
            mtpd: minutes(240),
            mbco: { kind: 'share', share: 0.3 },
          },
        }),
      ],
    });
    const triples = enumerateDisruptions(s, { triples: true }).filter((d) => d.kind === 'triple');
    expect(triples.map((d) => d.id)).toEqual(['fail:x-1+x-2+x-3']);
  });
});

describe('criticalPath(plan, bound)', () => {
  const plan: RecoveryPlan = {
    id: 'p',
    name: 'p',
    steps: [
      {
        id: 'detect',
        name: 'detect',
        duration: { type: 'uniform', min: minutes(10), max: minutes(30) },
        owner: 'ops',
        after: [],
      },
      {
        id: 'short',
        name: 'short',
        duration: { type: 'fixed', value: minutes(5) },
        owner: 'ops',
        after: ['detect'],
      },
      {
        id: 'long',
        name: 'long',
        duration: { type: 'triangular', min: minutes(20), likely: minutes(60), max: minutes(120) },
        owner: 'dba',
        after: ['detect'],
      },
      {
        id: 'verify',
        name: 'verify',
        duration: { type: 'fixed', value: minutes(10) },
        owner: 'ops',
        after: ['short', 'long'],
      },
    ],
  };
  it('follows the longest chain of prerequisites and names the dominant step', () => {
    expect(criticalPath(plan, 'likely')).toEqual({
      bound: 'likely',
      lengthMinutes: 90,
      steps: ['detect', 'long', 'verify'],
      dominant: { step: 'long', minutes: 60, share: 0.667 },
    });
    expect(criticalPath(plan, 'low').lengthMinutes).toBe(40);
    expect(criticalPath(plan, 'high').lengthMinutes).toBe(160);
  });
});
