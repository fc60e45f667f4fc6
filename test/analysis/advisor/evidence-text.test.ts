import { describe, expect, it } from 'vitest';
import { evidenceText } from '../../../src/analysis/advisor/evidence-text.ts';
import type { Finding } from '../../../src/analysis/advisor/types.ts';
import { bundled } from '../../support/bundled.ts';

const bank = bundled('bank-money-transfer');

describe("evidenceText(finding, scenario): a finding's evidence in words", () => {
  it('names durations, rates, shares, components and steps as a planner writes them', () => {
    const lines = evidenceText(
      {
        subject: [],
        evidence: {
          rtoMinutes: 120,
          highMinutes: 145,
          dominantStep: 'provision',
          dominantShare: 0.429,
          outageRole: 'together',
          lost: 'app-1',
          loadNMinus1Tpm: 1800,
          worstSimulatedOutageMinutes: null,
        },
      },
      bank,
    );
    expect(lines.map((l) => `${l.label}: ${l.value}`)).toEqual([
      'RTO: 2h',
      'detection and plan, at the slow end: 2h25m',
      'longest step: Provision a new VM',
      'its share of the plan: 43 %',
      'what takes the service down: only a combined loss',
      'member lost: App server 1',
      'load on the busiest member left: 1,800 tpm',
    ]);
  });

  it('says a negative headroom as what is over capacity, and a time as people write it', () => {
    const lines = evidenceText({
      subject: [],
      evidence: { at: '2026-01-30T11:00', headroom: -0.25, peakLoadTpm: 1500, capacityTpm: 1200 },
    });
    expect(lines.map((l) => `${l.label}: ${l.value}`)).toEqual([
      'busiest moment: Fri 30 Jan 11:00',
      'over capacity by: 25 %',
      'peak load: 1,500 tpm',
      'capacity: 1,200 tpm',
    ]);
    expect(evidenceText({ subject: [], evidence: { headroom: 0.1 } })).toEqual([
      { label: 'headroom', value: '10 %' },
    ]);
  });

  it('spells out a key it has no words for (a finding read from an older JSON file)', () => {
    const old = { someNewFigure: 3 } as unknown as Finding['evidence'];
    expect(evidenceText({ subject: [], evidence: old })).toEqual([
      { label: 'some new figure', value: '3' },
    ]);
  });
});
