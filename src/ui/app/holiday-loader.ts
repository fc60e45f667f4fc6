/**
 * Fills the scenario reader's holiday registry in the page (and its parse worker): before a
 * scenario is parsed, the parser chunk and one chunk per country it names are fetched and
 * registered (src/build/holiday-chunks.ts cuts them). A scenario without holidays fetches
 * nothing. A set typed later in the editor that names a new country is fetched then, and the
 * page hears of it (`onHolidayData`) to check the text again.
 */
import bundled from 'virtual:bundled-holiday-countries';
import loaders from 'virtual:holiday-countries';
import type * as Engine from './holiday-engine.ts';
import { holidayCountriesOf } from '../../scenario/holiday-countries.ts';
import {
  hasHolidayData,
  registerHolidayCountry,
  registerHolidayParser,
  setHolidayDataSource,
} from '../../scenario/holiday-data.ts';

let engine: Promise<typeof Engine> | null = null;
const pending = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

function loadEngine(): Promise<typeof Engine> {
  engine ??= import('./holiday-engine.ts').then((m) => {
    registerHolidayParser(m.parser);
    return m;
  });
  const loading = engine;
  // A failed fetch is forgotten, so that the next scenario tries again.
  loading.catch(() => {
    if (engine === loading) engine = null;
  });
  return loading;
}

function loadCountry(country: string): Promise<void> {
  let found = pending.get(country);
  if (found === undefined) {
    const chunk = loaders[country];
    if (chunk === undefined) return Promise.resolve(); // not a country of the data: the parser says so
    found = Promise.all([loadEngine(), chunk()]).then(([m, { default: data }]) => {
      m.addZones(data.zones, data.links);
      registerHolidayCountry(country, { ...data, names: m.holidayNames });
    });
    found.catch(() => pending.delete(country));
    pending.set(country, found);
  }
  return found;
}

/** Fetches and registers the holiday data of `countries` (at once when all are there). */
export async function loadHolidayCountries(countries: readonly string[]): Promise<void> {
  const missing = countries.filter((c) => !hasHolidayData(c));
  if (missing.length === 0) return;
  await Promise.all(missing.map(loadCountry));
  for (const listener of listeners) listener();
}

/**
 * The holiday data a scenario text names, fetched: null when it is all there already (parse at
 * once), else a promise to wait for before parsing. A failed fetch rejects, with why.
 */
export function holidaysReady(
  text: string,
  fileName?: string,
  bundledId?: string,
): Promise<void> | null {
  // A bundled scenario's countries are known from the build: its text need not be read twice.
  const named =
    bundledId !== undefined && Object.hasOwn(bundled, bundledId)
      ? (bundled[bundledId] ?? [])
      : holidayCountriesOf(text, fileName);
  const missing = named.filter((c) => !hasHolidayData(c));
  if (missing.length === 0) return null;
  return loadHolidayCountries(missing).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the public-holiday data of ${missing.join(', ')} could not be fetched (${reason}); check the connection and reload the page`,
    );
  });
}

/** Called after newly fetched holiday data is registered (the editor checks its text again). */
export function onHolidayData(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// A parse that meets a country not fetched yet (a set just typed in the editor) fetches it; that
// parse reports the data missing, and the listeners hear when it has arrived. (Under Node, in the
// unit tests, the registry's own source reads node_modules at once and stays.)
const underNode =
  typeof (globalThis as { process?: { getBuiltinModule?: unknown } }).process?.getBuiltinModule ===
  'function';
if (!underNode)
  setHolidayDataSource(
    (country) => void loadCountry(country).then(() => listeners.forEach((l) => l())),
  );
