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
  readonly #frameOutage: (framed: boolean) => void;
  #frame = 0;
  #retry = 0;
  /** Measures again when the target or the page changes size: a tab's content arriving. */
  readonly #resize =
    typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.#onMove());
  #observed: Element | null = null;
  readonly #onMove = (): void => {
    if (!this.open || this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#measure(false);
    });
  };

  /**
   * `frameOutage(true)` asks the app to frame an outage on the timeline (the RTO and MTPD
   * steps), `false` to put the timeline's window back.
   */
  constructor(
    host: Host,
    showTab: (tab: TourTab) => void,
    store: () => Storage | null,
    frameOutage: (framed: boolean) => void = () => {},
  ) {
    this.#host = host;
    this.#showTab = showTab;
    this.#store = store;
    this.#frameOutage = frameOutage;
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
    clearTimeout(this.#retry);
    this.#resize?.disconnect();
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
    this.#frameOutage(step.frame === 'outage');
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    // the tab's elements render their own content in their next frame
    await new Promise((resolve) => requestAnimationFrame(resolve));
    this.#measure(true);
  }

  end(completed: boolean): void {
    this.open = false;
    this.rect = null;
    clearTimeout(this.#retry);
    this.#resize?.disconnect();
    this.#observed = null;
    try {
      this.#store()?.setItem(DONE_KEY, completed ? 'completed' : 'skipped');
    } catch {
      // a browser that keeps nothing offers the tour again next time: harmless
    }
    this.#host.requestUpdate();
  }

  #measure(scroll: boolean): void {
    const step = this.steps[this.index];
    const target = step ? findTarget(this.#host.renderRoot, step.target) : null;
    if (scroll) target?.scrollIntoView({ block: 'nearest' });
    this.rect = target?.getBoundingClientRect() ?? null;
    if (target !== this.#observed) {
      this.#resize?.disconnect();
      // the target, and the page: content arriving above the target moves it
      if (target) this.#resize?.observe(target);
      const page = this.#host.renderRoot instanceof ShadowRoot ? this.#host.renderRoot.host : null;
      if (target && page) this.#resize?.observe(page);
      this.#observed = target;
    }
    clearTimeout(this.#retry);
    // a target not drawn yet (the business impact analysis still running): look again shortly
    if (!target && this.open) this.#retry = window.setTimeout(() => this.#measure(true), RETRY_MS);
    this.#host.requestUpdate();
  }
}

const RETRY_MS = 250;

/**
 * The element a step points at: `selector` in the app's shadow root, or, with ` >>> `, a path
 * into the shadow roots of the elements on the way (`cs-bia-view >>> section.spof`).
 */
export function findTarget(root: ParentNode, selector: string): Element | null {
  let scope: ParentNode | null = root;
  let found: Element | null = null;
  for (const part of selector.split('>>>')) {
    found = scope?.querySelector(part.trim()) ?? null;
    if (!found) return null;
    scope = found.shadowRoot;
  }
  return found;
}
