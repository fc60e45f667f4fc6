/**
 * The guided first run for the app: which step shows, the tab it needs and where its target
 * is on screen (measured after the tab has rendered, and again on scroll and resize). It
 * opens by itself on the first visit to the bank scenario; finishing or skipping it is
 * remembered in the browser, and the header's "Guided tour" starts it again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TOUR_SCENARIO_ID, TOUR_STEPS, type TourTab } from '../tour/tour-steps.ts';

const DONE_KEY = 'cs-tour-done';

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class TourController implements ReactiveController {
  open = false;
  index = 0;
  rect: DOMRect | null = null;
  readonly steps = TOUR_STEPS;
  readonly #host: Host;
  readonly #showTab: (tab: TourTab) => void;
  readonly #store: () => Storage | null;
  #frame = 0;
  readonly #onMove = (): void => {
    if (!this.open || this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#measure(false);
    });
  };

  constructor(host: Host, showTab: (tab: TourTab) => void, store: () => Storage | null) {
    this.#host = host;
    this.#showTab = showTab;
    this.#store = store;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('resize', this.#onMove, { passive: true });
    window.addEventListener('scroll', this.#onMove, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    window.removeEventListener('resize', this.#onMove);
    window.removeEventListener('scroll', this.#onMove, { capture: true });
    cancelAnimationFrame(this.#frame);
  }

  /** Opens the tour on the bank scenario's first visit, unless it was finished or skipped. */
  offer(scenarioId: string): void {
    if (this.open || scenarioId !== TOUR_SCENARIO_ID) return;
    try {
      if (this.#store()?.getItem(DONE_KEY)) return;
    } catch {
      return;
    }
    void this.start();
  }

  async start(): Promise<void> {
    this.open = true;
    await this.show(0);
  }

  async show(index: number): Promise<void> {
    const step = this.steps[index];
    if (!step) return;
    this.index = index;
    this.#showTab(step.tab);
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    // the tab's elements render their own content in their next frame
    await new Promise((resolve) => requestAnimationFrame(resolve));
    this.#measure(true);
  }

  end(completed: boolean): void {
    this.open = false;
    this.rect = null;
    try {
      this.#store()?.setItem(DONE_KEY, completed ? 'completed' : 'skipped');
    } catch {
      // a browser that keeps nothing offers the tour again next time: harmless
    }
    this.#host.requestUpdate();
  }

  #measure(scroll: boolean): void {
    const step = this.steps[this.index];
    const target = step ? this.#host.renderRoot.querySelector(step.target) : null;
    if (scroll) target?.scrollIntoView({ block: 'nearest' });
    this.rect = target?.getBoundingClientRect() ?? null;
    this.#host.requestUpdate();
  }
}
