/** The runs and master-seed fields shared by every Monte Carlo task, with their checks. */
import { html, nothing, type TemplateResult } from 'lit';

export const MAX_RUNS = 1_000_000;

/** A number of runs from a field, or a message saying what to type instead. */
export function parseRuns(text: string, max = MAX_RUNS): { runs: number } | { error: string } {
  const runs = Number(text.replace(/[ ,_]/g, ''));
  if (!/^\d[\d ,_]*$/.test(text.trim()) || !Number.isInteger(runs) || runs < 1 || runs > max)
    return {
      error: `Runs must be a whole number from 1 to ${max.toLocaleString('en')}, for example 1000 (you typed "${text}").`,
    };
  return { runs };
}

export function checkSeed(seed: string): string | null {
  return seed.trim() === ''
    ? 'The master seed cannot be empty; type any word or number, e.g. 1.'
    : null;
}

export interface RunFields {
  readonly runs: string;
  readonly seed: string;
  readonly runsLabel?: string;
  readonly error: string | null;
  readonly onRuns: (text: string) => void;
  readonly onSeed: (text: string) => void;
}

export function runFields(f: RunFields): TemplateResult {
  return html`<label
      >${f.runsLabel ?? 'Runs'}
      <input
        name="runs"
        inputmode="numeric"
        size="9"
        .value=${f.runs}
        aria-invalid=${f.error?.startsWith('Runs') ? 'true' : 'false'}
        @input=${(e: Event) => f.onRuns((e.target as HTMLInputElement).value)}
    /></label>
    <label
      >Master seed
      <input
        name="seed"
        size="8"
        .value=${f.seed}
        title="Run i uses the seed “master:run:i”, so everyone with the same scenario and master seed gets the same study"
        @input=${(e: Event) => f.onSeed((e.target as HTMLInputElement).value)}
    /></label>
    ${f.error ? html`<p class="field-error" role="alert">${f.error}</p>` : nothing}`;
}

/** `10,000 runs · master seed 1 · 1.8 s on 2 workers`, or `500 runs per point · ...`. */
export function basisLine(
  b: { runs: number; masterSeed: string; elapsedMs: number; workers: number },
  per = '',
): string {
  const seconds =
    b.elapsedMs < 10_000 ? (b.elapsedMs / 1000).toFixed(1) : String(Math.round(b.elapsedMs / 1000));
  const runs = `${b.runs.toLocaleString('en')} runs${per ? ` per ${per}` : ''}`;
  return `${runs} · master seed ${b.masterSeed} · ${seconds} s on ${b.workers} worker${b.workers === 1 ? '' : 's'}`;
}
