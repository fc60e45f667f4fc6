/**
 * A component's state in words, with its capacity only where it says something: "overloaded
 * (demand above its capacity)" rather than "overloaded, capacity 100 %", "degraded, 60 % of
 * its capacity", and a share below full never rounded up to "100 %" (a degraded component at
 * 99.6 % reads "99 %"). Pure.
 */
import type { ComponentStateName } from '../core/trace.ts';

/** `60 %`; a share short of 1 is at most `99 %`, a share above 0 at least `1 %`. */
export function shareText(share: number): string {
  const n = Math.round(share * 100);
  const shown = share < 1 && share > 0 ? Math.min(99, Math.max(1, n)) : n;
  return `${shown} %`;
}

/** The state line: `overloaded (demand above its capacity)`, `degraded, 60 % of its capacity`. */
export function componentStateText(state: ComponentStateName, capacityShare: number): string {
  switch (state) {
    case 'overloaded':
      return 'overloaded (demand above its capacity)';
    case 'failed':
      return 'failed';
    case 'operational':
      return capacityShare < 1
        ? `operational, ${shareText(capacityShare)} of its capacity`
        : 'operational';
    case 'degraded':
    case 'recovering':
      return capacityShare > 0 && capacityShare < 1
        ? `${state}, ${shareText(capacityShare)} of its capacity`
        : state;
  }
}

/** The short state under a node's name: `failed`, `degraded 60 %`, `overloaded`. */
export function componentStateShort(state: ComponentStateName, capacityShare: number): string {
  return (state === 'degraded' || state === 'recovering') && capacityShare > 0 && capacityShare < 1
    ? `${state} ${shareText(capacityShare)}`
    : state;
}
