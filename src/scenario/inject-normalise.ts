/** From a validated inject (or an inject's effect, without `at`) to the model's. */
import type { InjectEffect } from '../core/model.ts';
import { ms } from '../core/time.ts';
import type { ScenarioFileOutput } from './schema.ts';

type FileInject = ScenarioFileOutput['injects'][number];
/** An inject as written, whatever its timing fields. */
export type FileEffect = FileInject extends infer I
  ? I extends FileInject
    ? Omit<I, 'at'>
    : never
  : never;

export function effectOf(i: FileEffect): InjectEffect {
  switch (i.action) {
    case 'degrade':
      return {
        action: 'degrade',
        component: i.component,
        capacity: i.capacity,
        for: i.for === undefined ? null : ms(i.for),
      };
    case 'surge':
      return {
        action: 'surge',
        service: i.service ?? null,
        factor: i.factor,
        duration: ms(i.duration),
      };
    default:
      return { action: i.action, component: i.component };
  }
}
