/** Two texts of a scenario compared: as scenarios when both parse, else by lines. */
import { parseScenario, type LoadResult } from '../../scenario/index.ts';
import { diffScenarios, type Change } from '../../scenario/diff.ts';
import { lineChanges, type LineChanges } from './line-diff.ts';

export type Comparison =
  | { readonly kind: 'same' }
  /** Empty when the texts differ only in comments or layout. */
  | { readonly kind: 'changes'; readonly changes: readonly Change[] }
  | {
      readonly kind: 'unparsed';
      /** Which side does not read as a scenario. */
      readonly which: 'before' | 'after' | 'both';
      readonly lines: LineChanges;
    };

const KEEP = 16;

/** A comparer that remembers the last few texts it parsed (save points are compared repeatedly). */
export function createComparer(): (before: string, after: string) => Comparison {
  const parsed = new Map<string, LoadResult>();
  const parse = (text: string): LoadResult => {
    const known = parsed.get(text);
    if (known) return known;
    const result = parseScenario(text);
    parsed.set(text, result);
    if (parsed.size > KEEP) parsed.delete(parsed.keys().next().value ?? '');
    return result;
  };
  return (before, after) => {
    if (before === after) return { kind: 'same' };
    const [b, a] = [parse(before), parse(after)];
    if (b.ok && a.ok) return { kind: 'changes', changes: diffScenarios(b.scenario, a.scenario) };
    const which = !b.ok && !a.ok ? 'both' : b.ok ? 'after' : 'before';
    return { kind: 'unparsed', which, lines: lineChanges(before, after) };
  };
}
