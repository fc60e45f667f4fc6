/**
 * When two studies' scenarios are the same (`sameContent`: a study asked for twice runs once,
 * same-studies.ts), and when they simulate the same runs (`sameSimulation`: equal but for what
 * only the measure reads, a service's RTO, RPO and MTPD: measure-only.ts says why), with
 * `simulationText` as a cheap first bucket for both.
 */
import type { Scenario, Service } from '../../core/model.ts';

/** The objectives that only the measure reads. */
const MEASURED = new Set(['rto', 'rpo', 'mtpd']);

/**
 * Same content: the same primitive (Object.is), or plain arrays/objects with the same keys in
 * order; what `contentKey` tells apart (Infinity, NaN, null; -0 and 0; undefined and absent)
 * stays apart. Shared parts (a variant made by an edit keeps the rest of its scenario) cost
 * nothing to compare.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  return equal(a, b);
}

function equal(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (!plain(a) || !plain(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i]) return false;
    if (!equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** A scenario is plain data; anything else (a Map, a Date) is never taken as equal to a copy. */
function plain(x: object): boolean {
  if (Array.isArray(x)) return true;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

/** `equal`, leaving out the given keys of both objects (the keys kept keep their order). */
function equalBut(a: object, b: object, skip: (key: string) => boolean): boolean {
  if (!plain(a) || !plain(b) || Array.isArray(a) || Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => !skip(k));
  const kb = Object.keys(b).filter((k) => !skip(k));
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k, i) =>
      k === kb[i] && equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

const simulationTexts = new WeakMap<Scenario, string>();

/**
 * The scenario's plain JSON with every RTO, RPO and MTPD left out (once per scenario object):
 * the same for scenarios that may share runs, and for scenarios of the same content. Only a
 * bucket: plain JSON cannot tell Infinity from null, say; `sameContent` and `sameSimulation`
 * decide.
 */
export function simulationText(scenario: Scenario): string {
  let text = simulationTexts.get(scenario);
  if (text === undefined) {
    const services = scenario.services.map((s) => ({
      ...s,
      objectives: { ...s.objectives, rto: 0, rpo: 0, mtpd: 0 },
    }));
    text = JSON.stringify({ ...scenario, services }) ?? '';
    simulationTexts.set(scenario, text);
  }
  return text;
}

/**
 * Whether runs of `a` and `b` are the same runs: the scenarios are equal but for their
 * services' RTO, RPO and MTPD (the same services, in the same order, with the same ids).
 */
export function sameSimulation(a: Scenario, b: Scenario): boolean {
  if (a === b) return true;
  if (!equalBut(a, b, (k) => k === 'services')) return false;
  const sa: readonly Service[] = a.services;
  const sb: readonly Service[] = b.services;
  if (sa.length !== sb.length) return false;
  return sa.every((x, k) => {
    const y = sb[k]!;
    if (x === y) return true;
    if (!equalBut(x, y, (key) => key === 'objectives')) return false;
    const ox = x.objectives as unknown;
    const oy = y.objectives as unknown;
    if (typeof ox !== 'object' || typeof oy !== 'object' || ox === null || oy === null)
      return equal(ox, oy);
    return (
      Object.keys(ox).join() === Object.keys(oy).join() &&
      equalBut(ox, oy, (key) => MEASURED.has(key))
    );
  });
}
