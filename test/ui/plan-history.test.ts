// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planHistory } from '../../src/ui/plan-view/history.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { testLibrary } from './storage/support.ts';

const TEXT = readFileSync(
  join(import.meta.dirname, '..', '..', 'scenarios', 'bank-money-transfer.yaml'),
  'utf8',
);
const parsed = parseScenario(TEXT, 'bank.yaml');
if (!parsed.ok) throw new Error('the bank does not parse');
const scenario = parsed.scenario;
const MINUTE = 60_000;

describe('the continuity plan’s history from the library (TZ=UTC)', () => {
  it('lists each exercise once (its save point and its mark) and every version with its note, newest first', async () => {
    const { library, clock } = testLibrary();
    const s = await library.create('Bank', TEXT, { kind: 'new' });
    clock.advance(10 * MINUTE);
    await library.save(s.id, `${TEXT}\n# teams reviewed\n`);
    await library.saveVersion(s.id, 'teams reviewed');
    clock.advance(60 * MINUTE);
    // what the app does when an exercise ends (app.ts onExerciseEnded)
    await library.save(s.id, `${TEXT}\n# exercised\n`);
    await library.saveVersion(s.id, 'exercised: Month-end database corruption');
    await library.markExercised(s.id, 'Month-end database corruption (run in the Exercise tab)');
    const h = await planHistory(library, s.id, scenario);
    expect(h).toEqual({
      lastExercised: '2026-05-04',
      // a mark without its plans stands for the whole scenario: every plan exercised that day
      plansLastExercised: {
        'lb-repair': '2026-05-04',
        'app-rebuild': '2026-05-04',
        'db-rebuild': '2026-05-04',
      },
      exercises: [
        {
          at: '2026-05-04T10:10',
          note: 'Month-end database corruption (the scenario as exercised is kept as version 2)',
        },
      ],
      versions: [
        { at: '2026-05-04T10:10', note: 'version 2: exercised: Month-end database corruption' },
        { at: '2026-05-04T09:10', note: 'version 1: teams reviewed' },
      ],
    });
  });

  it('keeps a mark made without a save point, and has no history for a scenario not in the library', async () => {
    const { library, clock } = testLibrary();
    const s = await library.create('Bank', TEXT, { kind: 'new' });
    clock.advance(5 * MINUTE);
    await library.markExercised(s.id, 'March tabletop');
    const h = await planHistory(library, s.id, scenario);
    expect(h?.exercises).toEqual([{ at: '2026-05-04T09:05', note: 'March tabletop' }]);
    expect(h?.versions).toEqual([]);
    expect(await planHistory(library, null, scenario)).toBeNull();
    expect(await planHistory(null, s.id, scenario)).toBeNull();
    expect(await planHistory(library, 'gone', scenario)).toBeNull();
  });
});
