/**
 * The progress line as an element of its own, so a progress tick re-renders the line and nothing
 * else: it listens to the controller's progress (a few times a second) while the app renders only
 * when a task starts or ends. Screen readers hear a calmer account: what started, then the share
 * done and the time left at most every ANNOUNCE_EVERY_MS, in a polite live region.
 */
import { LitElement, type nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { announcement, progressLine } from './progress-line.ts';
import type { MonteCarloSession } from './session.ts';

/** The spoken progress changes at most this often (each change is read out). */
export const ANNOUNCE_EVERY_MS = 5_000;

export class CsMcProgress extends LitElement {
  @property({ attribute: false }) session: MonteCarloSession | null = null;
  /** The session's revision: a task started or ended. */
  @property({ type: Number }) revision = 0;

  #stop: (() => void) | null = null;
  #listening: MonteCarloSession | null = null;
  #spoken = { run: -1, at: 0, text: '' };

  /** Rendered in the light DOM: the Monte Carlo view's styles (.progress) apply. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listen(null);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listen(this.session);
  }

  protected override willUpdate(): void {
    if (this.isConnected && this.session !== this.#listening) this.#listen(this.session);
  }

  #listen(session: MonteCarloSession | null): void {
    this.#stop?.();
    this.#listening = session;
    this.#stop = session ? session.controller.onProgress(() => this.requestUpdate()) : null;
  }

  /** What the live region says now: kept until the next announcement is due. */
  #spokenText(): string {
    const status = this.session?.controller.status;
    const task = this.session?.task;
    if (status?.kind !== 'running' || !task) return '';
    const now = performance.now();
    const spoken = this.#spoken;
    if (spoken.run !== status.startedAt || now - spoken.at >= ANNOUNCE_EVERY_MS) {
      const started = spoken.run !== status.startedAt;
      this.#spoken = { run: status.startedAt, at: now, text: announcement(task, status, started) };
    }
    return this.#spoken.text;
  }

  protected override render(): TemplateResult | typeof nothing {
    return progressLine(this.session, this.#spokenText());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-mc-progress': CsMcProgress;
  }
}
