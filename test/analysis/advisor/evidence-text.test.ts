import { describe, expect, it } from 'vitest';
import { evidenceText } from '../../../src/analysis/advisor/evidence-text.ts';
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

  it('spells out a key it has no words for', () => {
    expect(evidenceText({ subject: [], evidence: { someNewFigure: 3 } })).toEqual([
      { label: 'some new figure', value: '3' },
    ]);
  });
});
