/** Shared pieces of the document tests: the bundled scenario texts, line diffs and leaf paths. */
import { readdirSync, readFileSync } from 'node:fs';
import { parseScenario } from '../../../src/scenario/index.ts';
import { formatIssue } from '../../../src/scenario/index.ts';

const folder = new URL('../../../scenarios/', import.meta.url);

export const SCENARIO_FILES = readdirSync(folder)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

export const scenarioText = (name: string): string => readFileSync(new URL(name, folder), 'utf8');

/**
 * A fixed bank text for the tests that edit it by line and list position: bank-fixture.yaml
 * is the bundled bank as it was before its load balancers and databases became standby
 * groups, byte for byte (so its schema comment points where the bundled files' does). The
 * bundled files are in SCENARIO_FILES.
 */
export const BANK = readFileSync(new URL('bank-fixture.yaml', import.meta.url), 'utf8');

/** The bundled bank, as the app ships it. */
export const BUNDLED_BANK = scenarioText('bank-money-transfer.yaml');

/** The parsed scenario and variants, or an error listing the issues. */
export function parsed(text: string, fileName?: string) {
  const result = parseScenario(text, fileName);
  if (!result.ok) throw new Error(result.errors.map((e) => formatIssue(e)).join('\n'));
  return result;
}

/** The lines that differ between two texts: the common start and end are cut off. */
export function lineDiff(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  )
    end++;
  return {
    /** 1-based number of the first line that differs. */
    line: start + 1,
    removed: a.slice(start, a.length - end),
    added: b.slice(start, b.length - end),
  };
}

export type Leaf = { path: (string | number)[]; value: string | number | boolean | null };

/** Every scalar in plain data, with its path. */
export function leaves(data: unknown, path: (string | number)[] = []): Leaf[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => leaves(item, [...path, i]));
  if (data !== null && typeof data === 'object')
    return Object.entries(data).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [{ path, value: data as Leaf['value'] }];
}
