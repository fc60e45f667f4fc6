/**
 * The countries whose holiday data a country's rules need. date-holidays' rules borrow other
 * countries' days (`_days: US` in American Samoa, `_days: FR` in Martinique, `_days: [IC, regions,
 * EH]` in a Canary island of Spain): date-holidays-parser looks the borrowed days up in the same
 * data (`holidays.US.days`), so a cut of the data for one country must carry those too. Pure: a
 * page build (holiday-chunks.ts) and the command line's cut can both use it.
 */

/**
 * `code` first, then the countries its rules (and its states' and regions') borrow days from, and
 * the countries those borrow from, each once, in the order met. A borrowed name that is no
 * country of `holidays` is left out (the parser names it if it is ever used).
 */
export function borrowedCountries(
  code: string,
  holidays: Readonly<Record<string, unknown>>,
): string[] {
  const found = [code];
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    const days = (value as { _days?: unknown })._days;
    if (days !== undefined) {
      const country = [days].flat()[0];
      if (typeof country === 'string' && !found.includes(country) && Object.hasOwn(holidays, country)) {
        found.push(country);
        visit(holidays[country]);
      }
    }
    for (const inner of Object.values(value)) visit(inner);
  };
  visit(holidays[code]);
  return found;
}
