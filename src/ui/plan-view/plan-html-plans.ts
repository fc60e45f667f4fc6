/** One recovery plan of the printed continuity plan: review, numbered procedure, critical path, simulated fit. */
import { html, nothing, type TemplateResult } from 'lit';
import {
  fitParts,
  reviewFlags,
  type PlanDocument,
  type PlanSection,
} from '../../analysis/plan-document/index.ts';
import { dateText, minutesText, periodText } from '../../analysis/plan-document/text.ts';

export function planProcedureHtml(
  doc: PlanDocument,
  plan: PlanSection,
  index: number,
): TemplateResult {
  const r = plan.review;
  const flags = r ? reviewFlags(r) : [];
  const critical = plan.steps.filter((s) => s.critical).map((s) => `${s.number}. ${s.name}`);
  return html`<section class="plan" aria-labelledby=${`plan-${plan.id}`}>
    <h3 id=${`plan-${plan.id}`}>${`7.${index} ${plan.name}`}</h3>
    <p>Restores: ${plan.restores.join(', ') || 'nothing (no component names this plan)'}.</p>
    ${
      r
        ? html`<p>
            Review: ${r.owner}, every ${periodText(r.every)}; last reviewed
            ${r.last === null ? 'never' : dateText(r.last)}${r.due ? `, next due ${dateText(r.due)}` : ''}.
            ${flags.map((f) => html`<strong class="flag">${f[0]!.toUpperCase() + f.slice(1)}.</strong> `)}
          </p>`
        : nothing
    }
    <table class="procedure">
      <caption>
        Procedure: ${plan.name}
      </caption>
      <thead>
        <tr>
          <th scope="col" class="num">#</th>
          <th scope="col">Step</th>
          <th scope="col">Owner</th>
          <th scope="col">Duration</th>
          <th scope="col">After steps</th>
          <th scope="col">Critical path</th>
        </tr>
      </thead>
      <tbody>
        ${plan.steps.map(
          (s) =>
            html`<tr>
              <td class="num">${s.number}</td>
              <td>${s.name}</td>
              <td>${s.owner ?? '—'}</td>
              <td>${s.duration}</td>
              <td>${s.after.length ? s.after.join(', ') : 'start'}</td>
              <td>${s.critical ? 'yes' : ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <p>
      Critical path at the most likely durations: ${critical.join(' → ') || '—'},
      ${minutesText(plan.summedMinutes.likely)} (${minutesText(plan.summedMinutes.low)} at the
      shortest, ${minutesText(plan.summedMinutes.high)} at the longest), before detection and any
      waiting for a team.
    </p>
    ${
      plan.fits.length
        ? plan.fits.map(
            (f) =>
              html`<p class=${`fit ${f.fit}`}>
                ${fitParts(doc, plan, f).map((p) => (p.strong ? html`<strong>${p.text}</strong>` : p.text))}
              </p>`,
          )
        : html`<p>No service in this document needs what it restores.</p>`
    }
  </section>`;
}
