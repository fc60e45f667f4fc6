/**
 * `contentKey(value)`: a string that is the same for two plain values exactly when they have
 * the same content, for caches keyed by what a value says rather than which object it is (a
 * scenario sent to a worker arrives as a copy). It is JSON, but a number JSON cannot write
 * (Infinity, NaN, -0) and an `undefined` property are written as tagged strings, so they
 * differ from `null`, `0` and an absent property as they may in the simulation.
 */
const TAG = '\u0000';

function exact(_key: string, value: unknown): unknown {
  if (typeof value === 'number')
    return Number.isFinite(value) && !Object.is(value, -0)
      ? value
      : `${TAG}${Object.is(value, -0) ? '-0' : value}`;
  return value === undefined ? `${TAG}undefined` : value;
}

export const contentKey = (value: unknown): string => JSON.stringify(value, exact) ?? '';
