/**
 * What the page shows for a requested scenario, and the small pieces both load.ts and its
 * lazily loaded reader (load-read.ts) use: kept apart so neither imports the other.
 */
import type { Scenario } from '../../core/model.ts';
import type { LoadResult, ResolvedVariant } from '../../scenario/index.ts';
import { formatIssue } from '../../scenario/issues.ts';

/** What the page shows for a requested scenario. */
export type LoadState =
  | {
      readonly kind: 'loaded';
      readonly id: string;
      readonly scenario: Scenario;
      /** The file's named variants (change impact), each a whole scenario. */
      readonly variants: readonly ResolvedVariant[];
      readonly warnings: readonly string[];
    }
  | {
      readonly kind: 'unknown';
      readonly id: string;
      readonly available: readonly string[];
      /** Why it is not found, and what to do, when more is known than "no such scenario". */
      readonly reason?: string;
    }
  | {
      readonly kind: 'invalid';
      readonly id: string;
      readonly fileName: string;
      readonly errors: readonly string[];
    };

export const FILE_PREFIX = 'file:';
export const storageKey = (name: string): string => `continuity-simulator:file:${name}`;

/** The loader's answer as the page shows it. */
export function loadResult(id: string, fileName: string, result: LoadResult): LoadState {
  const warnings = result.warnings.map((issue) => formatIssue(issue, fileName));
  if (!result.ok) {
    const errors = result.errors.map((issue) => formatIssue(issue, fileName));
    return { kind: 'invalid', id, fileName, errors: [...errors, ...warnings] };
  }
  return { kind: 'loaded', id, scenario: result.scenario, variants: result.variants, warnings };
}

/** An item of storage, or null where there is none or the browser refuses to read it. */
export function readItem(storage: Pick<Storage, 'getItem'> | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
