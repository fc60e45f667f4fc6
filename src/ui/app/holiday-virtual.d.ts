// The modules of src/build/holiday-chunks.ts (a Vite plugin): date-holidays cut per country.
declare module 'virtual:holiday-countries' {
  const loaders: Readonly<Record<string, () => Promise<{ default: HolidayCountryChunk }>>>;
  export default loaders;
}
declare module 'virtual:holiday-names' {
  const names: Readonly<Record<string, unknown>>;
  export default names;
}
interface HolidayCountryChunk {
  readonly version: string;
  readonly license: string;
  readonly holidays: Readonly<Record<string, unknown>>;
  readonly zones: readonly string[];
  readonly links: readonly string[];
}
// Its types are not reachable through its package.json "exports"; holiday-data.ts types its use.
declare module 'date-holidays-parser' {
  const Holidays: unknown;
  export default Holidays;
}
declare module 'virtual:bundled-holiday-countries' {
  const countries: Readonly<Record<string, readonly string[]>>;
  export default countries;
}
