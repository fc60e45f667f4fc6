import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Finding } from '../../analysis/advisor/types.ts';
import type { BiaResult } from '../../analysis/bia/types.ts';
import type { Scenario } from '../../core/model.ts';
import type { BiaRequest, BiaResponse } from '../../workers/bia-protocol.ts';

export type BiaStatus =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'running';
      readonly done: number;
      readonly total: number;
      readonly startedAt: number;
      readonly etaMs: number | null;
    }
  | {
      readonly kind: 'done';
      readonly bia: BiaResult;
      readonly findings: readonly Finding[];
      readonly elapsedMs: number;
      readonly scenario: Scenario;
    }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'cancelled' };

/**
 * Runs the business impact analysis in a Web Worker, with progress, an estimate of the time
 * left and Cancel (which ends the worker; the next run starts a fresh one).
 */
export class BiaController implements ReactiveController {
  status: BiaStatus = { kind: 'idle' };
  readonly #host: ReactiveControllerHost;
  #worker: Worker | null = null;
  #id = 0;
  #scenario: Scenario | null = null;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  run(scenario: Scenario, triples = false): void {
    this.cancel(false);
    const worker = (this.#worker ??= this.#createWorker());
    const id = ++this.#id;
    this.#scenario = scenario;
    this.status = { kind: 'running', done: 0, total: 0, startedAt: performance.now(), etaMs: null };
    const request: BiaRequest = { id, scenario, triples };
    worker.postMessage(request);
    this.#host.requestUpdate();
  }

  cancel(report = true): void {
    if (this.status.kind !== 'running') return;
    this.#worker?.terminate();
    this.#worker = null;
    this.status = report ? { kind: 'cancelled' } : { kind: 'idle' };
    this.#host.requestUpdate();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }

  #createWorker(): Worker {
    const worker = new Worker(new URL('../../workers/bia.worker.ts', import.meta.url), {
      type: 'module',
      name: 'bia',
    });
    worker.addEventListener('message', (event: MessageEvent<BiaResponse>) =>
      this.#onMessage(event.data),
    );
    worker.addEventListener('error', (event) => {
      this.status = { kind: 'error', message: event.message || 'the analysis worker failed' };
      this.#worker = null;
      this.#host.requestUpdate();
    });
    return worker;
  }

  #onMessage(message: BiaResponse): void {
    if (message.id !== this.#id || this.status.kind !== 'running') return;
    const startedAt = this.status.startedAt;
    const elapsed = performance.now() - startedAt;
    if (message.type === 'progress') {
      const etaMs =
        message.done > 0 ? (elapsed / message.done) * (message.total - message.done) : null;
      this.status = { kind: 'running', done: message.done, total: message.total, startedAt, etaMs };
    } else if (message.type === 'done') {
      this.status = {
        kind: 'done',
        bia: message.bia,
        findings: message.findings,
        elapsedMs: elapsed,
        scenario: this.#scenario!,
      };
    } else this.status = { kind: 'error', message: message.message };
    this.#host.requestUpdate();
  }
}
