/**
 * The topology builder's tree, as pure functions: read a service's `requires` from the file
 * (a bare component id, `{ series: [...] }`, `{ atLeast: k, of: [...] }`,
 * `{ active, standby, switchover, failback }`, nested), put selected components in series, in
 * a k-of-n group or in an active/standby pair, remove a node, change k, the switch-over or the
 * failback, and write the tree back in the file's compact form. Whatever the file holds that
 * is none of these is kept as it is.
 */

export type Failback = 'stay' | 'return';

export type TreeNode =
  | { readonly kind: 'component'; readonly id: string }
  | { readonly kind: 'series'; readonly of: readonly TreeNode[] }
  | { readonly kind: 'group'; readonly atLeast: number; readonly of: readonly TreeNode[] }
  /** An active/passive pair: `of[0]` active, `of[1]` standby; switch-over as the file writes it. */
  | {
      readonly kind: 'standby';
      readonly of: readonly [TreeNode, TreeNode];
      readonly switchover: unknown;
      readonly failback: Failback | undefined;
      readonly id: string | undefined;
    }
  /** Something the builder does not understand (kept, shown, removable). */
  | { readonly kind: 'other'; readonly raw: unknown };

/** Child indices from the root: `[]` is the root, `[1, 0]` the first member of its second. */
export type NodePath = readonly number[];

export type Combine =
  | { readonly kind: 'series' }
  | { readonly kind: 'group'; readonly atLeast: number }
  /** Exactly two components: the first becomes the active, the second its standby. */
  | { readonly kind: 'standby'; readonly switchover: string };

/** The switch-over a new pair gets until it is edited. */
export const DEFAULT_SWITCHOVER = '15m';

type Container = Extract<TreeNode, { of: readonly TreeNode[] }>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const hasOnly = (o: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(o).every((k) => keys.includes(k));

/** The tree of a `requires` value; null when there is none. */
export function parseRequires(raw: unknown): TreeNode | null {
  if (raw === undefined || raw === null) return null;
  return parseNode(raw, 0);
}

function parseNode(raw: unknown, depth: number): TreeNode {
  if (depth > 64) return { kind: 'other', raw };
  if (typeof raw === 'string' && raw.trim() !== '') return { kind: 'component', id: raw.trim() };
  if (isObject(raw)) {
    if (Array.isArray(raw['series']) && hasOnly(raw, ['series']))
      return { kind: 'series', of: raw['series'].map((m) => parseNode(m, depth + 1)) };
    const k = raw['atLeast'];
    if (
      Array.isArray(raw['of']) &&
      typeof k === 'number' &&
      Number.isInteger(k) &&
      hasOnly(raw, ['atLeast', 'of'])
    )
      return { kind: 'group', atLeast: k, of: raw['of'].map((m) => parseNode(m, depth + 1)) };
    const failback = raw['failback'];
    const id = raw['id'];
    if (
      raw['active'] !== undefined &&
      raw['standby'] !== undefined &&
      (failback === undefined || failback === 'stay' || failback === 'return') &&
      (id === undefined || typeof id === 'string') &&
      hasOnly(raw, ['id', 'active', 'standby', 'switchover', 'failback'])
    )
      return {
        kind: 'standby',
        of: [parseNode(raw['active'], depth + 1), parseNode(raw['standby'], depth + 1)],
        switchover: raw['switchover'],
        failback,
        id,
      };
  }
  return { kind: 'other', raw };
}

/** The file form of a tree: `db-1`, `{ series: [...] }`, `{ atLeast: 1, of: [...] }`. */
export function toFileForm(node: TreeNode): unknown {
  switch (node.kind) {
    case 'component':
      return node.id;
    case 'series':
      return { series: node.of.map(toFileForm) };
    case 'group':
      return { atLeast: node.atLeast, of: node.of.map(toFileForm) };
    case 'standby':
      return {
        ...(node.id === undefined ? {} : { id: node.id }),
        active: toFileForm(node.of[0]),
        standby: toFileForm(node.of[1]),
        ...(node.switchover === undefined ? {} : { switchover: node.switchover }),
        ...(node.failback === undefined ? {} : { failback: node.failback }),
      };
    case 'other':
      return node.raw;
  }
}

/** The node at `path`, or undefined. */
export function nodeAt(root: TreeNode | null, path: NodePath): TreeNode | undefined {
  let node: TreeNode | undefined = root ?? undefined;
  for (const i of path) node = node && 'of' in node ? node.of[i] : undefined;
  return node;
}

/** Every component id the tree names, in order of first appearance. */
export function componentIds(root: TreeNode | null): string[] {
  const out = new Set<string>();
  const walk = (n: TreeNode) => {
    if (n.kind === 'component') out.add(n.id);
    else if ('of' in n) n.of.forEach(walk);
  };
  if (root) walk(root);
  return [...out];
}

/** The values k may take in a group of `members` members. */
export const atLeastBounds = (members: number) => ({ min: 1, max: Math.max(1, members) });

const clampK = (k: number, members: number) => {
  const { min, max } = atLeastBounds(members);
  return Math.min(max, Math.max(min, Math.round(Number.isFinite(k) ? k : min)));
};

/**
 * A container whose members changed, tidied: gone when empty, its only member when it has one
 * (a series of one, or a group of one needing one, is that member), k kept within its members.
 */
function tidy(node: Container, of: readonly TreeNode[]): TreeNode | null {
  if (of.length === 0) return null;
  if (node.kind === 'series') return of.length === 1 ? (of[0] ?? null) : { kind: 'series', of };
  // A pair that lost a member is the member left (no standby, nothing to switch to).
  if (node.kind === 'standby') {
    const [active, standby] = of;
    return active !== undefined && standby !== undefined && of.length === 2
      ? { ...node, of: [active, standby] }
      : (active ?? null);
  }
  const atLeast = clampK(node.atLeast, of.length);
  return of.length === 1 && atLeast === 1 ? (of[0] ?? null) : { kind: 'group', atLeast, of };
}

/**
 * The tree with `replace` applied to every node (a replacement of null removes it). Only the
 * containers whose members changed are tidied; the rest keeps its identity.
 */
function mapTree(
  node: TreeNode,
  replace: (n: TreeNode) => TreeNode | null | undefined,
): TreeNode | null {
  const own = replace(node);
  if (own !== undefined) return own;
  if (!('of' in node)) return node;
  const of = node.of.map((m) => mapTree(m, replace));
  if (of.every((m, i) => m === node.of[i])) return node;
  return tidy(
    node,
    of.filter((m): m is TreeNode => m !== null),
  );
}

/** The tree without the node at `path` (null when that was the root). */
export function removeNode(root: TreeNode | null, path: NodePath): TreeNode | null {
  const target = nodeAt(root, path);
  if (!root || !target) return root;
  if (path.length === 0) return null;
  return mapTree(root, (n) => (n === target ? null : undefined));
}

/** The tree with the group at `path` needing `k` of its members (clamped to 1..n). */
export function setAtLeast(root: TreeNode | null, path: NodePath, k: number): TreeNode | null {
  const target = nodeAt(root, path);
  if (!root || target?.kind !== 'group') return root;
  const atLeast = clampK(k, target.of.length);
  if (atLeast === target.atLeast) return root;
  return mapTree(root, (n) => (n === target ? { ...target, atLeast } : undefined));
}

/** The tree with the standby group at `path` changed (switch-over, failback or roles). */
export function setStandby(
  root: TreeNode | null,
  path: NodePath,
  change: { switchover?: string; failback?: Failback; swap?: boolean },
): TreeNode | null {
  const target = nodeAt(root, path);
  if (!root || target?.kind !== 'standby') return root;
  const next: TreeNode = {
    ...target,
    ...(change.switchover === undefined ? {} : { switchover: change.switchover }),
    ...(change.failback === undefined ? {} : { failback: change.failback }),
    ...(change.swap === true ? { of: [target.of[1], target.of[0]] as const } : {}),
  };
  return mapTree(root, (n) => (n === target ? next : undefined));
}

const PLACEHOLDER: TreeNode = { kind: 'other', raw: Symbol('placeholder') };

/** The paths of the components named `ids`, in tree order. */
function leafPaths(root: TreeNode, ids: ReadonlySet<string>): NodePath[] {
  const out: NodePath[] = [];
  const walk = (n: TreeNode, path: NodePath) => {
    if (n.kind === 'component' && ids.has(n.id)) out.push(path);
    else if ('of' in n) n.of.forEach((m, i) => walk(m, [...path, i]));
  };
  walk(root, []);
  return out;
}

/** The container where all the paths meet (never a leaf itself), and the first one's place in it. */
function meetingPoint(paths: readonly NodePath[]): { at: NodePath; index: number } {
  const first = paths[0] ?? [];
  let length = first.length - 1;
  for (const p of paths) {
    let same = 0;
    while (same < length && p[same] === first[same]) same++;
    length = same;
  }
  return { at: first.slice(0, length), index: first[length] ?? 0 };
}

/**
 * The selected components put in series, in a group needing `atLeast` of them, or (exactly
 * two) in an active/standby pair, the first active. Those already
 * in the tree move: the new node goes where they meet (into the innermost series or group that
 * holds them all, at the place of the first of them) and they leave their old places. When none
 * is in the tree yet, the new node joins the root's series (a root that is not a series becomes
 * the first member of one). A series put into a series is merged into it.
 */
export function combine(
  root: TreeNode | null,
  ids: readonly string[],
  how: Combine,
): TreeNode | null {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return root;
  const members: TreeNode[] = unique.map((id) => ({ kind: 'component', id }));
  const [first, second] = members;
  if (how.kind === 'standby' && (members.length !== 2 || !first || !second)) return root;
  const made: TreeNode =
    how.kind === 'standby' && first && second
      ? {
          kind: 'standby',
          of: [first, second],
          switchover: how.switchover,
          failback: undefined,
          id: undefined,
        }
      : how.kind === 'group'
        ? { kind: 'group', atLeast: clampK(how.atLeast, members.length), of: members }
        : members.length === 1
          ? (members[0] as TreeNode)
          : { kind: 'series', of: members };
  if (root === null) return made;
  const chosen = new Set(unique);
  const paths = leafPaths(root, chosen);
  if (paths.length === 0) return appendToSeries(root, made);
  // Mark the place (the container keeps its members meanwhile), then take the chosen out.
  const { at, index } = meetingPoint(paths);
  const host = nodeAt(root, at);
  if (host === undefined || !('of' in host)) return root;
  // (A pair holding the placeholder has three members for a moment: tidy() resolves it.)
  const marked = mapTree(root, (n) =>
    n === host
      ? ({
          ...host,
          of: [...host.of.slice(0, index), PLACEHOLDER, ...host.of.slice(index)],
        } as TreeNode)
      : undefined,
  );
  const emptied =
    marked &&
    mapTree(marked, (n) => (n.kind === 'component' && chosen.has(n.id) ? null : undefined));
  if (!emptied) return made;
  return mapTree(emptied, (n) => {
    if (n === PLACEHOLDER) return made;
    if (n.kind === 'series' && made.kind === 'series' && n.of.includes(PLACEHOLDER))
      return { kind: 'series', of: n.of.flatMap((m) => (m === PLACEHOLDER ? made.of : [m])) };
    return undefined;
  });
}

function appendToSeries(root: TreeNode, made: TreeNode): TreeNode {
  const added = made.kind === 'series' ? made.of : [made];
  const base = root.kind === 'series' ? root.of : [root];
  return { kind: 'series', of: [...base, ...added] };
}
