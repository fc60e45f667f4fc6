/**
 * The Monte Carlo tab's switch "Include the scripted and live injects", for every task (study,
 * comparison, sweep, tornado), and the words that say which a result used. Off by default: a
 * study estimates how likely each outcome is from the random failures, and a scripted event
 * replayed in every simulated year would count in every run.
 */
import { html, type TemplateResult } from 'lit';
import type { InjectsMode } from '../../analysis/montecarlo/index.ts';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface InjectsSwitch {
  readonly mode: InjectsMode;
  /** The scenario's own scripted injects. */
  readonly scripted: number;
  /** The injects added on the timeline. */
  readonly live: number;
  readonly onChange: (mode: InjectsMode) => void;
}

export function injectsSwitch(s: InjectsSwitch): TemplateResult {
  const on = s.mode === 'scripted';
  const which = `the scenario's ${plural(s.scripted, 'scripted inject')} and your ${plural(s.live, 'live inject')}`;
  return html`<div class="injects-switch" data-testid="mc-injects">
    <label>
      <input
        type="checkbox"
        role="switch"
        name="injects"
        .checked=${on}
        aria-describedby="injects-help"
        @change=${(e: Event) =>
          s.onChange((e.target as HTMLInputElement).checked ? 'scripted' : 'none')}
      />
      Include the scripted and live injects
    </label>
    <p class="muted" id="injects-help">
      ${
        on
          ? `On: ${which} happen in every run, on top of the random failures, as on the timeline. Applies to the study, the comparison and the sensitivity analysis.`
          : `Off: each run has the random failures only, so the figures say how likely each outcome is; ${which} are left out. Applies to the study, the comparison and the sensitivity analysis. The timeline and the exercise keep their injects.`
      }
    </p>
  </div>`;
}

/** What a result's runs had: `random failures only` or `with 5 injects in every run`. */
export const injectsNote = (mode: InjectsMode, injects: number): string =>
  mode === 'none'
    ? 'random failures only'
    : `random failures and ${plural(injects, 'inject')} in every run`;

/**
 * Why a result no longer matches what the tab would run now (`changed`, when the scenario has
 * changed since), or null when it still does.
 */
export function staleNote(
  result: { readonly scenario: unknown; readonly injects: InjectsMode },
  scenario: unknown,
  mode: InjectsMode | undefined,
  changed = 'computed before your latest change; run it again',
): string | null {
  if (mode !== undefined && result.injects !== mode)
    return mode === 'none'
      ? 'computed with the injects, which are now left out; run it again'
      : 'computed without the injects, which are now included; run it again';
  if (result.scenario !== scenario) return changed;
  return null;
}
