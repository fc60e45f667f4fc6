import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOLIDAY_CATALOGUE } from '../../src/scenario/holiday-catalogue.ts';
import { buildHolidayCatalogue } from '../../src/scenario/holiday-catalogue-build.ts';
import { readHolidaySet } from '../../src/scenario/holiday-sets.ts';
import { currentCatalogue } from './holiday-catalogue-source.ts';

describe('the catalogue of holiday set names', () => {
  it('is what the installed date-holidays names (after an upgrade: npx tsx test/scenario/write-holiday-catalogue.ts)', () => {
    const { source, version } = currentCatalogue();
    const text = readFileSync(
      new URL('../../src/scenario/holiday-catalogue.ts', import.meta.url),
      'utf8',
    );
    expect(text).toContain(`HOLIDAY_DATA_VERSION = '${version}'`);
    expect(HOLIDAY_CATALOGUE).toEqual(buildHolidayCatalogue(source));
  });

  it('names countries, states and regions as date-holidays does', () => {
    expect(HOLIDAY_CATALOGUE['DE']?.name).toBe('Germany');
    expect(HOLIDAY_CATALOGUE['DE']?.states?.['HE']?.name).toBe('Hessen');
    expect(HOLIDAY_CATALOGUE['GB']?.states?.['ENG']?.name).toBe('England');
    expect(Object.keys(HOLIDAY_CATALOGUE).length).toBeGreaterThan(200);
  });

  it('lets a set be checked without the holiday data: a typo gets the closest names', () => {
    const read = readHolidaySet('DE-HS');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.hint).toContain('DE-HE');
    expect(readHolidaySet('de.by')).toMatchObject({
      ok: true,
      value: { code: 'DE-BY', label: 'Bayern, Germany' },
    });
  });
});
