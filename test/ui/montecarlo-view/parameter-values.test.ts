import { describe, expect, it } from 'vitest';
import { formatValue, parseValue } from '../../../src/ui/montecarlo-view/values.ts';

const people = { unit: 'people' as const, label: 'People in Database administrators' };

describe("a sensitivity parameter's value as people type and read it", () => {
  it("reads a team's size in people, one person or more", () => {
    expect(formatValue(people, 1)).toBe('1 person');
    expect(formatValue(people, 2)).toBe('2 people');
    expect(formatValue(people, 2.6)).toBe('3 people');
  });

  it('takes a whole number of people, with or without the word', () => {
    expect(parseValue(people, '3')).toEqual({ value: 3 });
    expect(parseValue(people, '2 people')).toEqual({ value: 2 });
    expect(parseValue(people, '1 person')).toEqual({ value: 1 });
  });

  it('refuses half a person or none, saying what to type', () => {
    for (const text of ['1.5', '0', '', 'two'])
      expect(parseValue(people, text)).toEqual({
        error: `People in Database administrators: type a whole number of people, at least 1, e.g. 2 (you typed "${text}").`,
      });
  });

  it('still reads durations and capacities as before', () => {
    expect(formatValue({ unit: 'minutes' }, 45)).toBe('45m');
    expect(formatValue({ unit: 'tpm' }, 900)).toBe('900 tpm');
  });
});
