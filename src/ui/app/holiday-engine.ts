/**
 * The page's holiday engine, a chunk of its own fetched with the first scenario that names
 * holidays: date-holidays' parser (with moment-timezone's core and astronomia) and the holiday
 * names its rules share. Each country's chunk brings its own time zones (addZones).
 */
import Parser from 'date-holidays-parser';
import moment from 'moment-timezone';
import names from 'virtual:holiday-names';
import type { HolidayParser } from '../../scenario/holiday-data.ts';

export const parser = Parser as HolidayParser;
export const holidayNames = names;

/** Adds packed zones and links to moment-timezone (a zone added twice is the same zone). */
export function addZones(zones: readonly string[], links: readonly string[]): void {
  moment.tz.add([...zones]);
  moment.tz.link([...links]);
}
