/**
 * The names of every holiday set of date-holidays (countries, their states or regions and
 * sub-regions, in English), read from its data: what holiday-catalogue.ts holds, so that naming
 * a set (`holidays: DE-HE`) is checked without loading the data itself. A unit test rebuilds it
 * from the installed date-holidays and compares (test/scenario/holiday-catalogue.test.ts).
 */

export type Names = Readonly<Record<string, string>>;

export interface CatalogueCountry {
  readonly name: string;
  /** States or regions, with their sub-regions where there are any. */
  readonly states?: Readonly<Record<string, { readonly name: string; readonly regions?: Names }>>;
}

export type HolidayCatalogue = Readonly<Record<string, CatalogueCountry>>;

/** What date-holidays' `Holidays` answers about its names. */
export interface NameSource {
  getCountries(lang: string): Record<string, string>;
  getStates(country: string, lang: string): Record<string, string> | undefined;
  getRegions(country: string, state: string, lang: string): Record<string, string> | undefined;
}

export function buildHolidayCatalogue(source: NameSource): HolidayCatalogue {
  const out: Record<string, CatalogueCountry> = {};
  for (const [country, name] of Object.entries(source.getCountries('en'))) {
    const states: Record<string, { name: string; regions?: Names }> = {};
    for (const [state, stateName] of Object.entries(source.getStates(country, 'en') ?? {})) {
      const regions = source.getRegions(country, state, 'en');
      states[state] =
        regions && Object.keys(regions).length > 0
          ? { name: stateName, regions: { ...regions } }
          : { name: stateName };
    }
    out[country] = Object.keys(states).length > 0 ? { name, states } : { name };
  }
  return out;
}

/** The text of holiday-catalogue.ts for a catalogue read from date-holidays `version`. */
export function catalogueModule(catalogue: HolidayCatalogue, version: string): string {
  return `/**
 * Generated from date-holidays ${version} by \`npx tsx test/scenario/write-holiday-catalogue.ts\`:
 * do not edit. The English names of every country, state and region of its holiday data.
 */
import type { HolidayCatalogue } from './holiday-catalogue-build.ts';

export const HOLIDAY_DATA_VERSION = ${JSON.stringify(version)};

export const HOLIDAY_CATALOGUE: HolidayCatalogue = ${JSON.stringify(catalogue)};
`;
}
