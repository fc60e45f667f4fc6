/**
 * Runs before the app's modules are evaluated (early-start.ts): when the address names a bundled
 * scenario with public holidays (the bank, by default), the holiday engine and its countries'
 * chunks start downloading early, instead of when the editor or a reading of the text asks.
 * Only the download starts here: holiday-loader.ts registers them, from the same modules, when
 * a text is read.
 */
import bundled from 'virtual:bundled-holiday-countries';
import loaders from 'virtual:holiday-countries';

/** Same as src/ui/bundled-scenarios.ts's DEFAULT_SCENARIO_ID (not imported: it pulls the texts). */
export const DEFAULT_SCENARIO = 'bank-money-transfer';

/**
 * Starts fetching the holiday engine and the countries of the bundled scenario in the address:
 * at once, or, when the page takes the scenario as the build read it (`prebuilt`: the first paint
 * needs no holiday data), once the timeline is painted (for the editor, which reads the text).
 */
export function fetchHolidaysEarly(search: string, prebuilt = false): void {
  const id = new URLSearchParams(search).get('scenario') ?? DEFAULT_SCENARIO;
  const countries = Object.hasOwn(bundled, id) ? (bundled[id] ?? []) : [];
  if (countries.length === 0) return;
  const ignore = (): undefined => undefined; // a failure is reported by the load that needs it
  const fetchAll = (): void => {
    import('./holiday-engine.ts').catch(ignore);
    for (const country of countries) loaders[country]?.().catch(ignore);
  };
  if (prebuilt) afterFirstPaint(fetchAll);
  else fetchAll();
}

/** Calls `then` once the timeline is painted (or after 5 s, whatever happens). */
function afterFirstPaint(then: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    observer?.disconnect();
    then();
  };
  const observer =
    typeof PerformanceObserver === 'function'
      ? new PerformanceObserver((list) => {
          if (list.getEntriesByName('cs-timeline-painted').length > 0) once();
        })
      : undefined;
  observer?.observe({ type: 'mark' });
  setTimeout(once, 5000);
}
