// @vitest-environment happy-dom
import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { advise } from '../../../src/analysis/advisor/index.ts';
import type { Citation } from '../../../src/analysis/advisor/types.ts';
import { runBia } from '../../../src/analysis/bia/index.ts';
import { findingItem } from '../../../src/ui/bia-view/finding-item.ts';
import { bundled } from '../../support/bundled.ts';

const bank = bundled('bank-money-transfer');
const finding = advise(bank, runBia(bank)).find((f) => f.id === 'n-minus-1:app-1+app-2')!;

describe('a finding in the BIA view', () => {
  it('shows its evidence in words and the BIA run it rests on, with a Replay of that run', () => {
    const replayed: Citation[] = [];
    const div = document.createElement('div');
    render(findingItem(finding, bank, { replay: (r) => replayed.push(r), apply: () => {} }), div);
    const evidence = div.querySelector('.evidence')!.textContent;
    expect(evidence).toContain('member lost: App server 1');
    // 1,800 tpm asked for, but the database in service passes on at most its 1,500.
    expect(evidence).toContain('load on the busiest member left: 1,500 tpm');
    expect(evidence).not.toMatch(/loadNMinus1Tpm|busiest=/);
    const simulated = div.querySelector('.simulated')!;
    expect(simulated.textContent.replace(/\s+/g, ' ')).toContain(
      'Simulated: “App server 1 fails” at Fri 30 Jan 11:00',
    );
    simulated.querySelector('button')!.click();
    expect(replayed).toEqual([finding.simulated]);
  });
});
