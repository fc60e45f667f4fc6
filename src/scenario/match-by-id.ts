/** Things of two versions matched by id: removed and changed in `before` order, then added in `after` order. */
export function matchById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  on: { removed: (b: T) => void; added: (a: T) => void; both: (b: T, a: T) => void },
): void {
  const later = new Map(after.map((a) => [a.id, a]));
  const earlier = new Set(before.map((b) => b.id));
  for (const b of before) {
    const a = later.get(b.id);
    if (a === undefined) on.removed(b);
    else on.both(b, a);
  }
  for (const a of after) if (!earlier.has(a.id)) on.added(a);
}
