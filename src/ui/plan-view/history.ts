/**
 * The continuity plan's history from the browser's scenario library: the exercises (each
 * "exercised" save point and the scenario's last-exercised mark, with whether this browser
 * keeps the exercise's after-action report) and every saved version with its note. A scenario
 * that is not in the library (a bundled one, a file opened without saving) has none: null.
 */
import type { HistoryEntry, PlanHistory } from '../../analysis/plan-document/index.ts';
import type { Scenario } from '../../core/model.ts';
import { readSaved, savedKey } from '../exercise-view/saved-exercise.ts';
import type { ScenarioLibrary } from '../storage/index.ts';
import { planLastExercised } from '../storage/plan-exercised.ts';
import { localStore } from '../storage/local-storage.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The browser's local `YYYY-MM-DDTHH:MM` of epoch ms. */
export function localStamp(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The browser's today, `YYYY-MM-DD`: the document's date. */
export const todayLocal = (): string => localStamp(Date.now()).slice(0, 10);

/** Whether this browser keeps an ended run of the scenario's exercise (its after-action report). */
function reportKept(scenario: Scenario): boolean {
  if (!scenario.exercise) return false;
  const saved = readSaved(localStore(), savedKey(scenario, scenario.exercise));
  return saved?.clock.log.some((e) => e.kind === 'ended') ?? false;
}

export async function planHistory(
  library: ScenarioLibrary | null,
  storedId: string | null,
  scenario: Scenario,
): Promise<PlanHistory | null> {
  if (!library || storedId === null) return null;
  const stored = await library.get(storedId);
  if (!stored) return null;
  const versions = await library.versions(storedId);
  const report = reportKept(scenario)
    ? `; its after-action report is kept in this browser (Exercise tab)`
    : '';
  const exercises: HistoryEntry[] = versions
    .filter((v) => /^exercised\b/.test(v.note))
    .map((v) => ({
      at: localStamp(v.at),
      note: `${v.note.replace(/^exercised:?\s*/, '') || 'exercised'} (the scenario as exercised is kept as version ${v.number})`,
    }));
  const last = stored.lastExercised;
  // the mark made with an exercised save point is the same exercise: listed once
  if (
    last &&
    !versions.some((v) => /^exercised\b/.test(v.note) && Math.abs(v.at - last.at) < 60_000)
  )
    exercises.unshift({ at: localStamp(last.at), note: last.note || 'exercised' });
  if (exercises[0] && report) exercises[0] = { ...exercises[0], note: exercises[0].note + report };
  const plansLastExercised = Object.fromEntries(
    scenario.plans.map((p) => {
      const at = planLastExercised(stored, p.id);
      return [p.id, at === null ? null : localStamp(at).slice(0, 10)];
    }),
  );
  return {
    lastExercised: last ? localStamp(last.at).slice(0, 10) : null,
    plansLastExercised,
    exercises: exercises.sort((a, b) => b.at.localeCompare(a.at)),
    versions: versions.map((v) => ({
      at: localStamp(v.at),
      note: `version ${v.number}${v.note ? `: ${v.note}` : ''}`,
    })),
  };
}
