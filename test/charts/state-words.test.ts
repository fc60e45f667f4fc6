import { describe, expect, it } from 'vitest';
import {
  componentStateShort,
  componentStateText,
  shareText,
} from '../../src/charts/state-words.ts';

describe("a component's state in words", () => {
  it('says an overloaded component is overloaded, not "capacity 100 %"', () => {
    expect(componentStateText('overloaded', 1)).toBe('overloaded (demand above its capacity)');
    expect(componentStateShort('overloaded', 1)).toBe('overloaded');
  });

  it('gives the share of capacity only where some is lost', () => {
    expect(componentStateText('degraded', 0.6)).toBe('degraded, 60 % of its capacity');
    expect(componentStateText('failed', 0)).toBe('failed');
    expect(componentStateText('operational', 1)).toBe('operational');
    expect(componentStateShort('degraded', 0.5)).toBe('degraded 50 %');
    expect(componentStateShort('degraded', 1)).toBe('degraded');
  });

  it('never rounds a share short of full up to "100 %", nor a share above none down to "0 %"', () => {
    expect(shareText(0.996)).toBe('99 %');
    expect(componentStateShort('degraded', 0.996)).toBe('degraded 99 %');
    expect(shareText(0.004)).toBe('1 %');
    expect(shareText(1)).toBe('100 %');
    expect(shareText(0)).toBe('0 %');
  });
});
