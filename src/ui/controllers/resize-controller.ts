import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the content width of its host element and asks the host to update when it changes. */
export class ResizeController implements ReactiveController {
  width = 0;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #observer: ResizeObserver;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    this.#observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (width !== this.width) {
        this.width = width;
        this.#host.requestUpdate();
      }
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }
}
