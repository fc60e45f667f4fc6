/** Scenario names: trimmed, never empty; copies numbered the way file managers do. */

/** The name as it will be kept; an empty name is refused with a message saying what to type. */
export function cleanName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') {
    throw new Error('A scenario needs a name: type at least one letter or number.');
  }
  return trimmed;
}

const COPY_SUFFIX = / \(copy(?: \d+)?\)$/;

/** `X (copy)`, then `X (copy 2)`, `X (copy 3)`...: the first not in `taken`. A copy of a copy is numbered, not nested. */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  const root = name.replace(COPY_SUFFIX, '');
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${root} (copy)` : `${root} (copy ${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}
