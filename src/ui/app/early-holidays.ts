/**
 * Runs before the app's modules are evaluated (src/main.ts imports it first): when the address
 * names a bundled scenario with public holidays (the bank, by default), the holiday engine and
 * its countries' chunks start downloading now, alongside the app starting, instead of after it.
 * Only the download starts here: holiday-loader.ts registers them, from the same modules, when
 * the scenario is read.
 */
import bundled from 'virtual:bundled-holiday-countries';
import loaders from 'virtual:holiday-countries';

/** Same as src/ui/bundled-scenarios.ts's DEFAULT_SCENARIO_ID (not imported: it pulls the texts). */
export const DEFAULT_SCENARIO = 'bank-money-transfer';

export function fetchHolidaysEarly(search: string): void {
  const id = new URLSearchParams(search).get('scenario') ?? DEFAULT_SCENARIO;
  const countries = Object.hasOwn(bundled, id) ? (bundled[id] ?? []) : [];
  if (countries.length === 0) return;
  const ignore = (): undefined => undefined; // a failure is reported by the load that needs it
  import('./holiday-engine.ts').catch(ignore);
  for (const country of countries) loaders[country]?.().catch(ignore);
}

// Imported first by src/main.ts: this runs before the app's modules are evaluated.
if (typeof location !== 'undefined') fetchHolidaysEarly(location.search);
