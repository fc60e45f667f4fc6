/**
 * Scripted and live injects in a fast run, as `simulate`'s `applyInject` does them: each is
 * recorded, then sent to its component as a machine event; a timed degradation restores
 * itself. They are queued up front, after every component's first failure draw.
 */
import type { TraceEvent } from '../../core/trace.ts';
import type { ComponentEvent } from '../../machines/component.machine.ts';
import type { CompiledScenario } from './compiled.ts';
import { Kind, type Components } from './components.ts';
import type { TimerQueue } from './timer-queue.ts';
import { componentTable as table } from './transition-table.ts';

const EXTERNAL = 0;
const RESTORE: ComponentEvent = { type: 'RESTORE', cause: 'inject' };
const DEGRADE_END: ComponentEvent = { type: 'DEGRADE_END' };
const DETECTED: ComponentEvent = { type: 'DETECTED' };

export interface InjectHooks {
  readonly now: () => number;
  readonly record: ((e: TraceEvent) => void) | null;
  readonly surge: () => void;
}

export class InjectRunner {
  readonly #c: CompiledScenario;
  readonly #q: TimerQueue;
  readonly #components: Components;
  readonly #h: InjectHooks;

  constructor(c: CompiledScenario, queue: TimerQueue, components: Components, hooks: InjectHooks) {
    this.#c = c;
    this.#q = queue;
    this.#components = components;
    this.#h = hooks;
    c.injects.forEach((inject, k) => queue.push(Math.max(inject.at, 0), EXTERNAL, Kind.inject, k));
  }

  fire(kind: number, arg: number): void {
    if (kind === Kind.injectRestore) this.#send(arg, DEGRADE_END);
    else this.#apply(arg);
  }

  #send(i: number, event: ComponentEvent): void {
    this.#components.send(i, table.code(event.type), event);
  }

  #apply(k: number): void {
    const inject = this.#c.injects[k]!;
    const t = this.#h.now();
    const record = this.#h.record;
    if (inject.action === 'surge') {
      const detail = `x${inject.factor} for ${inject.duration / 60_000} min`;
      record?.({ t, type: 'inject', action: 'surge', target: inject.service, detail });
      this.#h.surge();
      return;
    }
    const i = this.#c.index.get(inject.component);
    if (i === undefined) return;
    const target = inject.component;
    switch (inject.action) {
      case 'fail':
        record?.({ t, type: 'inject', action: 'fail', target, detail: 'fail' });
        return this.#send(i, { type: 'FAIL', cause: 'inject' });
      case 'corrupt':
        record?.({ t, type: 'inject', action: 'corrupt', target, detail: 'data corruption' });
        this.#send(i, { type: 'FAIL', cause: 'corruption' });
        // A corruption is accounted for where it is injected, whatever state the component is in.
        return this.#components.recordDataLoss(i, t, 'corruption');
      case 'restore':
        record?.({ t, type: 'inject', action: 'restore', target, detail: 'restore' });
        return this.#send(i, RESTORE);
      case 'invoke':
        record?.({
          t,
          type: 'inject',
          action: 'invoke',
          target,
          detail: 'invoke the continuity plan',
        });
        return this.#send(i, DETECTED);
      case 'degrade': {
        const detail = `to ${Math.round(inject.capacity * 100)}% capacity`;
        record?.({ t, type: 'inject', action: 'degrade', target, detail });
        this.#send(i, { type: 'DEGRADE', share: inject.capacity, cause: 'inject' });
        if (inject.for !== null)
          this.#q.push(Math.max(t + inject.for, t), EXTERNAL, Kind.injectRestore, i);
        return;
      }
    }
  }
}
