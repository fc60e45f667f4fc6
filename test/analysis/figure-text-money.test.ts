import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '../../src/analysis/figure-text.ts';

describe('money', () => {
  it('writes a sum with its currency, thousands separated and no cents', () => {
    expect(money(1234567.4, 'EUR')).toBe('€1,234,567');
    expect(money(1999.5, 'USD')).toBe('$2,000');
    expect(money(0, 'GBP')).toBe('£0');
  });

  it('writes each currency its own way however the calls interleave', () => {
    expect(money(10, 'EUR')).toBe('€10');
    expect(money(10, 'CHF')).toBe('CHF\u00a010'); // a no-break space
    expect(money(10, 'EUR')).toBe('€10');
  });

  it('refuses a currency Intl does not know, every time it is asked', () => {
    expect(() => money(1, 'not a currency')).toThrow(RangeError);
    expect(() => money(1, 'not a currency')).toThrow(RangeError);
  });

  it('writes what a formatter made for the call writes', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.constantFrom('EUR', 'USD', 'GBP', 'JPY', 'CHF', 'SEK'),
        (x, currency) => {
          const fresh = new Intl.NumberFormat('en', {
            style: 'currency',
            currency,
            maximumFractionDigits: 0,
          }).format(x);
          expect(money(x, currency)).toBe(fresh);
        },
      ),
    );
  });
});
