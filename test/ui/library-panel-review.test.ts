// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/ui/library-panel/define.ts';
import type { CsLibraryPanel } from '../../src/ui/library-panel/library-panel.ts';
import { testLibrary } from './storage/support.ts';

// The bank's plans: lb-repair reviewed 2024-11-28 every 12 months, app-rebuild 2025-10-02 every
// 12 months, db-rebuild 2025-09-15 every 6 months. The library's clock reads 2026-05-04.
const BANK = readFileSync(
  join(import.meta.dirname, '..', '..', 'scenarios', 'bank-money-transfer.yaml'),
  'utf8',
);

const flags = (panel: CsLibraryPanel, name: string): string[] =>
  [
    ...(panel.shadowRoot?.querySelectorAll(`ul[aria-label="Plans to review in ${name}"] li`) ?? []),
  ].map((li) => li.textContent.replace(/\s+/g, ' ').trim());

afterEach(() => document.body.replaceChildren());

describe('<cs-library-panel> and the review cycle', () => {
  it('flags the plans overdue for review, and every plan of a scenario never exercised', async () => {
    const { library, clock } = testLibrary();
    const exercised = await library.create('Bank exercised', BANK, { kind: 'new' });
    await library.markExercised(exercised.id, 'May tabletop');
    await library.create('Bank never exercised', BANK, { kind: 'new' });
    const panel = document.createElement('cs-library-panel');
    panel.library = library;
    panel.now = clock.now;
    document.body.append(panel);
    await vi.waitFor(() => expect(flags(panel, 'Bank exercised')).toHaveLength(2));
    // due 2025-11-28 and 2026-03-15, both before 2026-05-04; the app plan is due 2026-10-02
    expect(flags(panel, 'Bank exercised')).toEqual([
      'Repair the failed load balancer: overdue for review (due 2025-11-28)',
      'Rebuild the lost database node: overdue for review (due 2026-03-15)',
    ]);
    expect(flags(panel, 'Bank never exercised')).toEqual([
      'Repair the failed load balancer: overdue for review (due 2025-11-28); not exercised within the cycle (never exercised)',
      'Rebuild an app server: not exercised within the cycle (never exercised)',
      'Rebuild the lost database node: overdue for review (due 2026-03-15); not exercised within the cycle (never exercised)',
    ]);
  });

  it('judges each plan by the exercises that invoked it: the database drill leaves the load balancer unexercised', async () => {
    const { library } = testLibrary();
    const s = await library.create('Bank', BANK, { kind: 'new' });
    await library.markExercised(s.id, 'Month-end database corruption', ['db-rebuild']);
    const panel = document.createElement('cs-library-panel');
    panel.library = library;
    panel.now = () => Date.UTC(2026, 4, 4, 12);
    document.body.append(panel);
    await vi.waitFor(() => expect(flags(panel, 'Bank')).toHaveLength(3));
    expect(flags(panel, 'Bank')).toEqual([
      'Repair the failed load balancer: overdue for review (due 2025-11-28); not exercised within the cycle (never exercised)',
      'Rebuild an app server: not exercised within the cycle (never exercised)',
      'Rebuild the lost database node: overdue for review (due 2026-03-15)',
    ]);
  });

  it('follows the date: a year on, the exercise of May 2026 is outside a 6-month cycle', async () => {
    const { library, clock } = testLibrary();
    const s = await library.create('Bank', BANK, { kind: 'new' });
    await library.markExercised(s.id, 'May tabletop');
    const panel = document.createElement('cs-library-panel');
    panel.library = library;
    panel.now = () => Date.UTC(2027, 4, 4, 12);
    document.body.append(panel);
    await vi.waitFor(() => expect(flags(panel, 'Bank')).toHaveLength(3));
    expect(flags(panel, 'Bank')[2]).toBe(
      'Rebuild the lost database node: overdue for review (due 2026-03-15); not exercised within the cycle (last exercised 2026-05-04)',
    );
    expect(clock.now()).toBe(Date.UTC(2026, 4, 4, 9, 0));
  });
});
