/**
 * A link is held to the limits of a scenario file (LIMITS): its size, the number of injects
 * it carries, the nesting of each change, and the number of problems it reports. Each check
 * runs before the part it guards is read, so a hostile link costs no more than a count.
 *
 * Over a limit, the whole part is refused, not cut to size: a link is a run someone shares,
 * and a run with the first 10,000 of its 20,000 injects would look like theirs and differ
 * from it. The scenario opens without the part, and the notice says why.
 */
import { LIMITS } from '../../scenario/limits.ts';

const count = (n: number): string => n.toLocaleString('en-US');

/** The link as a whole, before it is split: null when it fits. */
export function oversizedLink(search: string): string | null {
  if (search.length <= LIMITS.textBytes) return null;
  return `the link is ${(search.length / 1048576).toFixed(1)} MB; a link may be at most 5 MB, as a scenario file, so it was opened without its settings`;
}

/** Too many injects or changes: null when they fit. */
export function tooMany(what: 'injects' | 'changes', found: number, limit: number): string | null {
  if (found <= limit) return null;
  const why =
    what === 'injects'
      ? `a scenario may have at most ${count(limit)}`
      : `a link may carry at most ${count(limit)}`;
  return `the link carries ${count(found)} ${what}; ${why}, so none of them was applied (the scenario opens without them)`;
}

/** The deepest nesting of `[` and `{` in JSON text, outside strings (a pre-check before JSON.parse). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') max = Math.max(max, ++depth);
    else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
  return max;
}

/** A change nested too deep: null when it fits. */
export function tooDeep(json: string): string | null {
  return jsonDepth(json) > LIMITS.depth
    ? `the change nests deeper than ${LIMITS.depth} levels, as no scenario file may`
    : null;
}

/** At most `LIMITS.linkProblems` problems, and a count of the rest. */
export function capProblems(problems: readonly string[]): string[] {
  if (problems.length <= LIMITS.linkProblems) return [...problems];
  const rest = problems.length - LIMITS.linkProblems;
  return [
    ...problems.slice(0, LIMITS.linkProblems),
    `${count(rest)} more problem(s) with the link not shown`,
  ];
}
