/** "Did you mean ...?": the closest known name to a misspelt one. */

/** Edit distance (insert, delete, substitute), capped for speed on long strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length > 200 || b.length > 200) return Math.max(a.length, b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest candidate within a sensible distance, or null. */
export function closest(name: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const limit = Math.max(2, Math.floor(name.length / 3));
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance && distance <= limit) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** A hint naming the closest id, or listing some known ones. */
export function suggestion(name: string, candidates: readonly string[], kind: string): string {
  const near = closest(name, candidates);
  if (near !== null) return `did you mean ${near}?`;
  if (candidates.length === 0) return `define the ${kind} first, or remove the reference`;
  const shown = candidates.slice(0, 8).join(', ');
  return `use one of the ${kind} ids: ${shown}${candidates.length > 8 ? ', ...' : ''}`;
}
