/** Names for bundled scenarios: in the list to choose from, and for a new scenario made from one. */
import { wantsHolidayData } from '../../scenario/holiday-data.ts';
import { parseScenario } from '../../scenario/index.ts';
import type { BundledScenario } from '../bundled-scenarios.ts';
import { copyName } from '../storage/names.ts';

const names = new WeakMap<BundledScenario, string>();

/** The `name:` of the bundled scenario, or its id if the file does not parse; parsed once. */
export function bundledName(bundled: BundledScenario): string {
  let name = names.get(bundled);
  if (name === undefined) {
    const parsed = parseScenario(bundled.text, bundled.fileName);
    name = parsed.ok ? parsed.scenario.name : bundled.id;
    // Its holiday data not fetched yet (it is being fetched now): asked again next time.
    if (parsed.ok || !wantsHolidayData(parsed.errors)) names.set(bundled, name);
  }
  return name;
}

/** The bundled scenario's name for a new library scenario, `X (copy)` if already taken. */
export function newScenarioName(bundled: BundledScenario, taken: ReadonlySet<string>): string {
  const name = bundledName(bundled);
  return taken.has(name) ? copyName(name, taken) : name;
}
