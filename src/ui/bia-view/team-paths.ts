/**
 * The BIA view's table of recovery plans as simulated with their teams: each plan's first
 * component failing alone at the service's worst moment and at night, with the plan's length,
 * its critical path including the waits ("call-out of Database administrators (45 min)") and
 * the part that dominates it. Nothing when the scenario declares no teams.
 */
import { html, nothing } from 'lit';
import { dominantText, partNames, pathText } from '../../analysis/bia/path-text.ts';
import type { BiaResult } from '../../analysis/bia/types.ts';
import { humanDuration } from '../../analysis/event-log.ts';
import { proseWhen } from '../../analysis/prose-time.ts';
import type { Scenario } from '../../core/model.ts';
import '../term/define.ts';

/** Numbers kept with their units on one line: `3 h`, `45 min`, `86 %`. */
const keep = (text: string) => text.replace(/(\d) (d|h|min|%)/g, '$1\u00a0$2');

export function planRunsWithTeams(bia: BiaResult, scenario: Scenario) {
  const rows = bia.plans.flatMap((p) => (p.withTeams ?? []).map((w) => ({ p, w })));
  if (rows.length === 0) return nothing;
  return html`<section class="panel" aria-labelledby="team-plans-title">
    <h2 id="team-plans-title">
      <cs-term key="recovery plan">Recovery plans</cs-term> with their teams: waiting and call-out
      on the <cs-term key="critical path">critical path</cs-term>
    </h2>
    <p class="muted">
      Each plan's first component fails alone at the service's worst moment and at night (outside
      its teams' working hours), simulated with most-likely durations and call-outs.
    </p>
    <table aria-label="Recovery plans with their teams">
      <thead>
        <tr>
          <th scope="col">Plan</th>
          <th scope="col">Failure at</th>
          <th scope="col" class="num">Plan takes</th>
          <th scope="col">Critical path, with waits</th>
          <th scope="col">Dominated by</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(({ p, w }) => {
          const names = partNames(scenario, p.plan);
          const length = w.recovery.lengthMinutes;
          return html`<tr data-plan=${p.plan} data-when=${w.when}>
            <td>${p.name}</td>
            <td>${proseWhen(w.at)}${w.when === 'night' ? ' (night)' : ''}</td>
            <td class="num">
              ${length === null ? 'not done' : keep(humanDuration(length * 60_000))}
            </td>
            <td>${keep(pathText(w.recovery, names))}</td>
            <td>${keep(dominantText(w.recovery, names))}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </section>`;
}
