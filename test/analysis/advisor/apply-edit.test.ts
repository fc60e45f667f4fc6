import { describe, expect, it } from 'vitest';
import { applyEdit, type ScenarioEdit } from '../../../src/analysis/advisor/index.ts';
import { minutes } from '../../../src/core/time.ts';
import { bank } from '../../support/bank-model.ts';

describe('applyEdit(scenario, edit)', () => {
  const s = bank();
  const before = JSON.stringify(s);

  it.each<[string, ScenarioEdit]>([
    [
      'set-step-duration',
      {
        kind: 'set-step-duration',
        plan: 'db-rebuild',
        step: 'rebuild',
        duration: { type: 'fixed', value: minutes(60) },
      },
    ],
    [
      'set-step-owner',
      { kind: 'set-step-owner', plan: 'app-rebuild', step: 'rebuild', owner: 'platform' },
    ],
    ['set-capacity', { kind: 'set-capacity', component: 'app-1', capacity: 900 }],
    ['add-redundant-member', { kind: 'add-redundant-member', component: 'lb' }],
    ['set-backup-interval', { kind: 'set-backup-interval', component: 'db-1', every: minutes(15) }],
    ['set-detection', { kind: 'set-detection', component: 'db-1', detection: minutes(1) }],
    ['split-dependency', { kind: 'split-dependency', component: 'db-2', dependency: 'lb' }],
    [
      'set-objective',
      { kind: 'set-objective', service: 'transfers', objective: 'rto', value: minutes(60) },
    ],
  ])('%s leaves the input untouched and returns a changed variant', (_, edit) => {
    const variant = applyEdit(s, edit);
    expect(JSON.stringify(s)).toBe(before);
    expect(JSON.stringify(variant)).not.toBe(before);
  });

  it('set-step-duration and set-capacity change exactly what they name', () => {
    const v = applyEdit(s, { kind: 'set-capacity', component: 'app-1', capacity: 900 });
    expect(v.components.map((c) => c.capacity)).toEqual([5000, 900, 600, 1500, 1500]);
    const p = applyEdit(s, {
      kind: 'set-step-duration',
      plan: 'db-rebuild',
      step: 'rebuild',
      duration: { type: 'fixed', value: minutes(60) },
    });
    expect(p.plans[1]!.steps[1]!.duration).toEqual({ type: 'fixed', value: minutes(60) });
    expect(p.plans[1]!.steps[0]).toBe(s.plans[1]!.steps[0]);
  });

  it('add-redundant-member puts a standby copy next to a series member as 1 of 2, and joins an existing group', () => {
    const lb = applyEdit(s, { kind: 'add-redundant-member', component: 'lb' });
    expect(lb.components.at(-1)).toMatchObject({
      id: 'lb-standby',
      name: 'lb (standby)',
      capacity: 5000,
    });
    const requires = lb.services[0]!.requires;
    expect(requires.type === 'series' && requires.of[0]).toEqual({
      type: 'group',
      atLeast: 1,
      of: [
        { type: 'component', id: 'lb' },
        { type: 'component', id: 'lb-standby' },
      ],
    });
    const app = applyEdit(lb, { kind: 'add-redundant-member', component: 'app-1' });
    const r = app.services[0]!.requires;
    expect(r.type === 'series' && r.of[1]).toMatchObject({
      atLeast: 1,
      of: [{ id: 'app-1' }, { id: 'app-2' }, { id: 'app-1-standby' }],
    });
    // a second standby of the same component gets a fresh id
    expect(
      applyEdit(lb, { kind: 'add-redundant-member', component: 'lb' }).components.at(-1)!.id,
    ).toBe('lb-standby-2');
  });

  it('split-dependency gives the component its own copy of the dependency', () => {
    const base = {
      ...s,
      components: s.components.map((c) =>
        c.id.startsWith('db') ? { ...c, dependsOn: ['lb'] } : c,
      ),
    };
    const v = applyEdit(base, { kind: 'split-dependency', component: 'db-2', dependency: 'lb' });
    expect(v.components.find((c) => c.id === 'db-2')!.dependsOn).toEqual(['lb-2']);
    expect(v.components.find((c) => c.id === 'db-1')!.dependsOn).toEqual(['lb']);
    expect(v.components.find((c) => c.id === 'lb-2')).toMatchObject({ capacity: 5000 });
  });
});
