import { LitElement, html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Inject, Scenario } from '../../core/model.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';
import type { NamedVariant } from './compare-section.ts';
import { injectsSwitch } from './injects-switch.ts';
import { withLiveInjects } from './live-injects.ts';
import { montecarloStyles } from './montecarlo-view.styles.ts';
import type { MonteCarloSession } from './session.ts';
import './compare-section.ts';
import './sensitivity-section.ts';
import './study-section.ts';

type Section = 'study' | 'compare' | 'sensitivity';
const SECTIONS: readonly [Section, string][] = [
  ['study', 'Study'],
  ['compare', 'Compare variants'],
  ['sensitivity', 'Sensitivity'],
];

/**
 * The Monte Carlo tab: a study of the scenario as shown, the comparison of variants on the
 * same seeds, and sensitivity (sweep and tornado). Studies run on the session's worker pool,
 * which the app keeps, so they go on while the user looks elsewhere. One switch, kept by the
 * session, says for all three whether the runs have the scripted and live injects (off: the
 * random failures only); when on, every scenario studied gets the live injects added.
 *
 * @fires cs-open-run - a run of a study should be opened on the timeline
 * @fires cs-apply-edit - a change to the baseline should be added to the user's changes
 */
export class CsMonteCarloView extends LitElement {
  static override styles = [controlStyles, panelStyles, montecarloStyles];

  @property({ attribute: false }) session: MonteCarloSession | null = null;
  /** Changes whenever the session does. */
  @property({ type: Number }) revision = 0;
  /** The loaded scenario, without the user's changes. */
  @property({ attribute: false }) baseline: Scenario | null = null;
  /** The scenario as shown: the baseline with the user's changes. */
  @property({ attribute: false }) scenario: Scenario | null = null;
  /** What the user's changes are called ('' when there are none). */
  @property() label = '';
  @property({ attribute: false }) variants: readonly NamedVariant[] = [];
  /** The injects added on the timeline (studied only with the switch on). */
  @property({ attribute: false }) liveInjects: readonly Inject[] = [];
  @property() service = '';
  @property() seed = '1';

  @state() private section: Section = 'study';

  /** The variants as the tasks run them: with the live injects when the switch is on. */
  private studied: { from: readonly NamedVariant[]; live: readonly Inject[]; to: NamedVariant[] } =
    { from: [], live: [], to: [] };
  private studiedVariants(live: readonly Inject[]): readonly NamedVariant[] {
    if (live.length === 0) return this.variants;
    if (this.studied.from !== this.variants || this.studied.live !== live)
      this.studied = {
        from: this.variants,
        live,
        to: this.variants.map((v) => ({ ...v, scenario: withLiveInjects(v.scenario, live) })),
      };
    return this.studied.to;
  }

  protected override render(): TemplateResult {
    const common = { session: this.session, revision: this.revision };
    const session = this.session;
    const mode = session?.injects ?? 'none';
    const live = mode === 'scripted' ? this.liveInjects : [];
    const withLive = (s: Scenario | null) => (s ? withLiveInjects(s, live) : s);
    return html`${injectsSwitch({
        mode,
        scripted: this.scenario?.injects.length ?? 0,
        live: this.liveInjects.length,
        onChange: (next) => {
          if (session) session.injects = next;
        },
      })}
      <nav class="sections" aria-label="Monte Carlo">
        ${SECTIONS.map(
          ([id, text]) =>
            html`<button
              type="button"
              aria-pressed=${this.section === id ? 'true' : 'false'}
              @click=${() => (this.section = id)}
            >
              ${text}
            </button>`,
        )}
      </nav>
      <cs-mc-progress .session=${this.session} .revision=${this.revision}></cs-mc-progress>
      ${
        this.section === 'study'
          ? html`<cs-mc-study
              .session=${common.session}
              .revision=${common.revision}
              .scenario=${withLive(this.scenario)}
              .label=${this.label}
              .service=${this.service}
              .seed=${this.seed}
            ></cs-mc-study>`
          : this.section === 'compare'
            ? html`<cs-mc-compare
                .session=${common.session}
                .revision=${common.revision}
                .baseline=${withLive(this.baseline)}
                .variants=${this.studiedVariants(live)}
                .service=${this.service}
                .seed=${this.seed}
              ></cs-mc-compare>`
            : html`<cs-mc-sensitivity
                .session=${common.session}
                .revision=${common.revision}
                .scenario=${withLive(this.scenario)}
                .service=${this.service}
                .seed=${this.seed}
              ></cs-mc-sensitivity>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-montecarlo-view': CsMonteCarloView;
  }
}
