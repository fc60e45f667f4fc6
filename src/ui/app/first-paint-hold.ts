/**
 * The app's first paint, held while the worker's early run is about to answer (a page opened
 * plainly on a bundled scenario, src/workers/early-run.ts): the page then renders once, with the
 * run, instead of rendering and laying out its frame (header, tabs, empty panels) and then all
 * of it again when the run arrives a moment later. On a cold load that frame cost the main
 * thread the time the answer waited for it. Never longer than `limitMs` from the app's start:
 * a slow run shows the frame, and its progress, as before.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How long the page may stay blank waiting for the early run (ms from the app's start): an answer
 * due within it spares the frame; a later one finds the frame drawn while it was waited for.
 */
export const HOLD_LIMIT_MS = 100;

export class FirstPaintHold implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #awaited: () => boolean;
  readonly #limitMs: number;
  #until = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #released = false;

  /** `awaited`: whether the early run's answer is still on its way. */
  constructor(host: ReactiveControllerHost, awaited: () => boolean, limitMs = HOLD_LIMIT_MS) {
    this.#host = host;
    this.#awaited = awaited;
    this.#limitMs = limitMs;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#released) return;
    this.#until = performance.now() + this.#limitMs;
    // At the limit, the held update happens (a run that answers first has made one already).
    this.#timer = setTimeout(() => this.#host.requestUpdate(), this.#limitMs);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Whether the host should skip this update; once false, it stays false. */
  holding(): boolean {
    if (this.#released) return false;
    if (this.#awaited() && performance.now() < this.#until) return true;
    this.#released = true;
    clearTimeout(this.#timer);
    return false;
  }
}
