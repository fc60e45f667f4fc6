/** date-holidays' countries, and every country, state and region of its data, for tests that go through all of them. */

interface Holidays {
  readonly [country: string]: {
    readonly states?: Record<string, { readonly regions?: Record<string, unknown> }>;
  };
}

/** The data's countries, sorted. */
export const countriesOf = (holidays: Holidays): string[] => Object.keys(holidays).sort();

/** Every country, state and region of the data, as [country, state?, region?]. */
export function holidaySetsOf(holidays: Holidays): string[][] {
  return countriesOf(holidays).flatMap((country) => [
    [country],
    ...Object.entries(holidays[country]!.states ?? {}).flatMap(([state, { regions }]) => [
      [country, state],
      ...Object.keys(regions ?? {}).map((region) => [country, state, region]),
    ]),
  ]);
}
