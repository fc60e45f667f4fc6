/** Where a topology's members sit in the file: `series[i]`, `of[i]`, `active` or `standby`. */
import type { Topology } from '../core/model.ts';
import type { PathSegment } from './issues.ts';

type Inner = Exclude<Topology, { type: 'component' }>;

/** The file path of member `i` of a series or group, relative to the group. */
export function memberPath(node: Inner, i: number): PathSegment[] {
  if (node.type === 'standby') return [i === 0 ? 'active' : 'standby'];
  return [node.type === 'series' ? 'series' : 'of', i];
}
