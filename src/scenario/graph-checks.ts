/** Cycles in "needs" relations (plan step prerequisites, component dependsOn). */

/**
 * Finds cycles in a graph given as id -> ids it needs. Returns each cycle once, as the
 * list of ids walked (`[a, b, a]`), starting from the first id (in input order) on it.
 */
export function findCycles(
  order: readonly string[],
  needs: ReadonlyMap<string, readonly string[]>,
): string[][] {
  const state = new Map<string, 'active' | 'done'>();
  const cycles: string[][] = [];
  for (const root of order) {
    if (state.has(root)) continue;
    // Iterative depth-first search: a stack of (node, index of next neighbour).
    const stack: [string, number][] = [[root, 0]];
    state.set(root, 'active');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const [node, index] = top;
      const next = (needs.get(node) ?? [])[index];
      if (next === undefined) {
        state.set(node, 'done');
        stack.pop();
        continue;
      }
      top[1] = index + 1;
      if (!needs.has(next)) continue;
      const seen = state.get(next);
      if (seen === 'active') {
        const from = stack.findIndex(([n]) => n === next);
        cycles.push([...stack.slice(from).map(([n]) => n), next]);
      } else if (seen === undefined) {
        state.set(next, 'active');
        stack.push([next, 0]);
      }
    }
  }
  return cycles;
}
