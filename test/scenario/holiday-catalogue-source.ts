/** The catalogue module as the installed date-holidays would have it (for the writer and its test). */
import { createRequire } from 'node:module';
import {
  buildHolidayCatalogue,
  catalogueModule,
  type NameSource,
} from '../../src/scenario/holiday-catalogue-build.ts';

const require = createRequire(import.meta.url);

export function currentCatalogue(): { source: NameSource; version: string } {
  const Holidays = require('date-holidays') as new () => NameSource;
  const { data } = require('date-holidays/data') as { data: { version: string } };
  return { source: new Holidays(), version: data.version };
}

export function currentCatalogueModule(): string {
  const { source, version } = currentCatalogue();
  return catalogueModule(buildHolidayCatalogue(source), version);
}
