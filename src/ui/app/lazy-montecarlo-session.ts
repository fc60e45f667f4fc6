/**
 * The Monte Carlo tab's session (studies, comparisons, sweeps, tornado), created when the tab
 * first shows: its code (the study's aggregation, the sensitivity analysis, the fast simulator
 * the pool's fallback runs, ~200 kB of source) comes with the tab's view, not before the
 * timeline's first paint. Once created it lives as long as the app, so studies run on and
 * results stay while the user looks at other tabs.
 */
import type { ReactiveControllerHost } from 'lit';
import type { MonteCarloSession } from '../montecarlo-view/session.ts';

export class LazyMonteCarloSession {
  readonly #host: ReactiveControllerHost;
  #session: MonteCarloSession | null = null;
  #loading = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The session, or null while its code loads (the view shows itself without results then). */
  get session(): MonteCarloSession | null {
    return this.#session;
  }

  get revision(): number {
    return this.#session?.revision ?? 0;
  }

  /**
   * Loads the session's code once and creates it; the host renders again when it is there.
   * A failed load is reported and forgotten, so showing the tab again tries again.
   */
  load(report: (message: string) => void): void {
    if (this.#loading) return;
    this.#loading = true;
    void import('../montecarlo-view/session.ts').then(
      ({ MonteCarloSession }) => {
        this.#session = new MonteCarloSession(this.#host);
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        this.#loading = false;
        const reason = error instanceof Error ? error.message : String(error);
        report(
          `the Monte Carlo session could not be loaded (${reason}); check the connection and open the tab again, or reload the page`,
        );
      },
    );
  }
}
