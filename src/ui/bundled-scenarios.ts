/**
 * The scenario files shipped with the app: every file in `scenarios/`, bundled as raw text
 * at build time, so the page works offline and from any folder.
 */
const files = import.meta.glob<string>('/scenarios/*.{yaml,yml,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface BundledScenario {
  /** The file name without its extension, as used in `?scenario=`. */
  readonly id: string;
  readonly fileName: string;
  readonly text: string;
}

export const DEFAULT_SCENARIO_ID = 'bank-money-transfer';

/** All bundled scenarios, sorted by id. */
export const bundledScenarios: readonly BundledScenario[] = Object.entries(files)
  .map(([path, text]) => {
    const fileName = path.slice(path.lastIndexOf('/') + 1);
    return { id: fileName.replace(/\.(ya?ml|json)$/, ''), fileName, text };
  })
  // By code unit (file names): localeCompare would set up a collator before the first paint.
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export function findBundledScenario(id: string): BundledScenario | undefined {
  return bundledScenarios.find((s) => s.id === id);
}
