/**
 * Generated plain scenarios (src/simulator/fast/plain/plain-model.ts) for the plain runner's
 * differential test: up to ten components with every failure model and start age, detection
 * delays (0 included), dependencies, data to lose, recovery plans of one to four steps (fixed,
 * uniform and triangular, with `after` chains, zero durations included) or none, and up to
 * three services with nested k-of-n groups and series (a component may appear twice), flat or
 * hourly demand (breakpoints), agreed hours and an MBCO. `tiny` draws times of a few ms over a
 * few seconds, so that many events fall on the same instant.
 */
import fc from 'fast-check';
import type {
  AgeAtStart,
  Component,
  DurationDistribution,
  FailureModel,
  Mbco,
  RecoveryPlan,
  Scenario,
  Topology,
} from '../../../src/core/model.ts';
import { days, hours, ms, type Duration } from '../../../src/core/time.ts';
import {
  allDay,
  component,
  flatDemand,
  scenario,
  service,
  weekdays,
} from '../../support/model-builder.ts';

const d = (x: number): Duration => ms(Math.round(x));

function failureOf(unit: number): fc.Arbitrary<FailureModel> {
  const life = fc.integer({ min: 2, max: 400 }).map((x) => d(x * unit));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant({ type: 'none' as const }) },
    { weight: 4, arbitrary: life.map((mtbf) => ({ type: 'exponential' as const, mtbf })) },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('weibull' as const),
        shape: fc.double({ min: 0.6, max: 3, noNaN: true }),
        scale: life,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('lognormal' as const),
        median: life,
        sigma: fc.double({ min: 0.2, max: 1.5, noNaN: true }),
      }),
    },
  );
}

const ageOf = (unit: number): fc.Arbitrary<AgeAtStart> =>
  fc.oneof(
    fc.constant({ type: 'new' as const }),
    fc.constant({ type: 'steady-state' as const }),
    fc.integer({ min: 0, max: 300 }).map((a) => ({ type: 'age' as const, age: d(a * unit) })),
  );

function durationOf(unit: number): fc.Arbitrary<DurationDistribution> {
  const x = fc.integer({ min: 0, max: 8 }).map((k) => d(k * unit));
  return fc.oneof(
    { weight: 3, arbitrary: x.map((value) => ({ type: 'fixed' as const, value })) },
    {
      weight: 1,
      arbitrary: fc.tuple(x, x).map(([a, b]) => ({
        type: 'uniform' as const,
        min: d(Math.min(a, b)),
        max: d(Math.max(a, b)),
      })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(x, x, x).map((v) => {
        const [min, likely, max] = [...v].sort((a, b) => a - b);
        return { type: 'triangular' as const, min: min!, likely: likely!, max: max! };
      }),
    },
  );
}

function planOf(id: string, unit: number): fc.Arbitrary<RecoveryPlan> {
  return fc
    .array(fc.tuple(durationOf(unit), fc.integer({ min: 0, max: 7 })), {
      minLength: 1,
      maxLength: 4,
    })
    .map((steps) => ({
      id,
      name: id,
      steps: steps.map(([duration, mask], k) => ({
        id: `${id}-s${k}`,
        name: `step ${k}`,
        duration,
        owner: k % 2 === 0 ? 'operations' : null,
        // Any earlier steps it waits for (bits of `mask`).
        after: Array.from({ length: k }, (_, j) => j)
          .filter((j) => (mask >> j) & 1)
          .map((j) => `${id}-s${j}`),
      })),
    }));
}

function topologyOf(ids: readonly string[], depth: number): fc.Arbitrary<Topology> {
  const leaf = fc.constantFrom(...ids).map((id): Topology => ({ type: 'component', id }));
  if (depth === 0) return leaf;
  const parts = fc.array(topologyOf(ids, depth - 1), { minLength: 1, maxLength: 4 });
  return fc.oneof(
    { weight: 2, arbitrary: leaf },
    { weight: 2, arbitrary: parts.map((of): Topology => ({ type: 'series', of })) },
    {
      weight: 3,
      arbitrary: parts.chain((of) =>
        fc.integer({ min: 1, max: of.length }).map((atLeast): Topology => ({
          type: 'group',
          atLeast,
          of,
        })),
      ),
    },
  );
}

const mbcoOf: fc.Arbitrary<Mbco> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((share) => ({ kind: 'share' as const, share })),
  fc.integer({ min: 0, max: 200 }).map((tpm) => ({ kind: 'rate' as const, tpm })),
);

/** A plain scenario: `tiny`, times in ms over seconds; else minutes to hours over days. */
export function plainScenario(tiny: boolean): fc.Arbitrary<Scenario> {
  const unit = tiny ? 1 : hours(1) / 4;
  return fc.integer({ min: 1, max: 10 }).chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `c${i}`);
    const componentAt = (i: number): fc.Arbitrary<Component> =>
      fc
        .record({
          failure: failureOf(tiny ? 1 : hours(10)),
          ageAtStart: ageOf(tiny ? 1 : hours(10)),
          detection: fc
            .oneof(fc.constant(0), fc.integer({ min: 0, max: 6 }))
            .map((k) => d(k * unit)),
          recovery: fc.constantFrom(null, 'p0', 'p1', 'p2', 'p2'),
          dependsOn:
            i === 0 ? fc.constant([]) : fc.subarray(ids.slice(0, i), { maxLength: Math.min(2, i) }),
          data: fc.option(
            fc.record({
              backupEvery: fc.option(
                fc.integer({ min: 1, max: 50 }).map((k) => d(k * unit)),
                {
                  nil: null,
                },
              ),
              backupOffset: fc.integer({ min: 0, max: 5 }).map((k) => d(k * unit)),
              replicationLag: fc.option(
                fc.integer({ min: 0, max: 5 }).map((k) => d(k * unit)),
                {
                  nil: null,
                },
              ),
            }),
            { nil: null },
          ),
        })
        .map((over) => component(ids[i]!, over));
    const demand = fc.oneof(
      fc.integer({ min: 0, max: 500 }).map((tpm) => flatDemand(tpm)),
      fc
        .tuple(
          fc.integer({ min: 1, max: 500 }),
          fc.array(fc.constantFrom(0, 0.5, 1, 2), { minLength: 24, maxLength: 24 }),
        )
        .map(([tpm, hourly]) => flatDemand(tpm, { hourly })),
    );
    const services = fc.array(
      fc.record({
        requires: topologyOf(ids, 3),
        mbco: mbcoOf,
        demand,
        calendar: fc.constantFrom(allDay, weekdays(9, 16), weekdays(0, 1)),
      }),
      { minLength: 1, maxLength: 3 },
    );
    return fc
      .record({
        components: fc.tuple(...ids.map((_, i) => componentAt(i))),
        plans: fc.tuple(planOf('p0', unit), planOf('p1', unit), planOf('p2', unit)),
        services,
        horizon: tiny
          ? fc.integer({ min: 1000, max: 6000 }).map(ms)
          : fc.integer({ min: 1, max: 60 }).map(days),
      })
      .map((r) =>
        scenario({
          components: r.components,
          plans: r.plans,
          horizon: r.horizon,
          services: r.services.map((s, k) =>
            service(`s${k}`, s.requires, {
              demand: s.demand,
              calendar: s.calendar,
              objectives: { ...service('x', s.requires).objectives, mbco: s.mbco },
            }),
          ),
        }),
      );
  });
}
