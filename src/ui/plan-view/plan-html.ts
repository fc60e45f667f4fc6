/**
 * The continuity plan document as HTML (Lit templates), from the same structured value the
 * Markdown is written from (analysis/plan-document): what the Plan tab shows and prints. The
 * dependency diagram is the app's topology drawing (topology-figure.ts) with the plain list
 * beside it; the rest are the Markdown's sections, as headings, lists and tables.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  diagramList,
  NO_HISTORY,
  reviewFlags,
  SECTION_TITLES,
  type PlanDocument,
  type ServiceSection,
} from '../../analysis/plan-document/index.ts';
import { dateText, minutesText, money, percentText } from '../../analysis/plan-document/text.ts';
import type { Scenario } from '../../core/model.ts';
import { planProcedureHtml } from './plan-html-plans.ts';
import { topologyFigure } from './topology-figure.ts';

const h2 = (n: number) => html`<h2 id=${`plan-section-${n}`}>${n}. ${SECTION_TITLES[n - 1]}</h2>`;

function objectives(s: ServiceSection): TemplateResult {
  const o = s.objectives;
  return html`<h3>${s.name}</h3>
    <p>
      Agreed hours:
      ${s.agreedHours}${s.priority !== null ? html`. Priority when recovery steps wait for the same team: ${s.priority}` : nothing}
    </p>
    <table>
      <caption>
        Objectives of ${s.name}
      </caption>
      <tbody>
        <tr>
          <th scope="row">Availability (share of agreed hours up)</th>
          <td>${percentText(o.availability)}</td>
        </tr>
        <tr>
          <th scope="row">RTO (recovery time objective)</th>
          <td>${minutesText(o.rtoMinutes)}</td>
        </tr>
        <tr>
          <th scope="row">RPO (recovery point objective)</th>
          <td>${minutesText(o.rpoMinutes)}</td>
        </tr>
        <tr>
          <th scope="row">MTPD (maximum tolerable period of disruption)</th>
          <td>${minutesText(o.mtpdMinutes)}</td>
        </tr>
        <tr>
          <th scope="row">MBCO (minimum business continuity objective)</th>
          <td>${o.mbco}</td>
        </tr>
      </tbody>
    </table>
    ${
      s.holidays.length
        ? html`<table class="holidays">
            <caption>
              Holidays and exceptions to the agreed hours
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Agreed hours</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              ${s.holidays.map(
                (h) =>
                  html`<tr>
                    <td>${dateText(h.date)}</td>
                    <td>${h.hours}</td>
                    <td>${h.note}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p>No holidays or exceptions to the agreed hours.</p>`
    }`;
}

function impact(s: ServiceSection): TemplateResult {
  const c = (x: number) => money(x, s.currency);
  const more = s.disruptionsAnalysed - s.impact.length;
  return html`<h3>${s.name}</h3>
    <p>
      Each disruption placed at the worst moment in agreed hours (${dateText(s.peak.slice(0, 10))}
      ${s.peak.slice(11, 16)}), recovery plans at their most-likely durations; the cost after 1, 4,
      24 and 72 hours of outage inside agreed hours. From the business impact analysis, costliest
      first.
    </p>
    <table class="impact">
      <caption>
        Business impact of ${s.name} over time
      </caption>
      <thead>
        <tr>
          <th scope="col">Disruption</th>
          <th scope="col" class="num">Time to restore</th>
          <th scope="col" class="num">Down in agreed hours</th>
          <th scope="col">RTO</th>
          <th scope="col" class="num">Cost</th>
          <th scope="col" class="num">After 1 h</th>
          <th scope="col" class="num">After 4 h</th>
          <th scope="col" class="num">After 24 h</th>
          <th scope="col" class="num">After 72 h</th>
        </tr>
      </thead>
      <tbody>
        ${s.impact.map(
          (r) =>
            html`<tr>
              <td>${r.label}</td>
              <td class="num">
                ${r.timeToRestoreMinutes === null ? 'not within the window' : minutesText(r.timeToRestoreMinutes)}
              </td>
              <td class="num">${minutesText(r.downMinutes)}</td>
              <td>${r.rto}${r.mtpdBreached ? ', MTPD breached' : ''}</td>
              <td class="num">${c(r.cost)}</td>
              <td class="num">${c(r.h1)}</td>
              <td class="num">${c(r.h4)}</td>
              <td class="num">${c(r.h24)}</td>
              <td class="num">${c(r.h72)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${more > 0 ? html`<p>${more} more disruption${more === 1 ? '' : 's'} in the business impact analysis.</p>` : nothing}
    <h4>Single points of failure</h4>
    ${
      s.spofs.length
        ? html`<ul>
            ${s.spofs.map((x) => html`<li>${x.text}</li>`)}
          </ul>`
        : html`<p>None: every component has a stand-in.</p>`
    }`;
}

function dependencies(s: ServiceSection, scenario: Scenario): TemplateResult {
  const service = scenario.services.find((x) => x.id === s.id);
  return html`<h3>${s.name}</h3>
    ${service ? topologyFigure(scenario, service) : nothing}
    <ul class="tree">
      ${diagramList(s.diagram).map((l) => html`<li style=${`margin-left: ${l.depth * 1.2}em`}>${l.text}</li>`)}
    </ul>`;
}

function invocation(s: ServiceSection): TemplateResult {
  const inv = s.invocation;
  return html`<h3>${s.name}</h3>
    ${
      inv
        ? html`<dl>
            <dt>Invoke when</dt>
            <dd>${inv.criteria}</dd>
            <dt>Decided by</dt>
            <dd>${inv.decidedBy ?? 'not said'}</dd>
            <dt>Assessment before the decision</dt>
            <dd>
              ${inv.assessmentMinutes === null ? 'not said' : minutesText(inv.assessmentMinutes)}
            </dd>
          </dl>`
        : html`<p>
            Not set: give the service an <code>invocation:</code> block (criteria, decidedBy,
            assessment) to print when to invoke and who decides.
          </p>`
    }`;
}

function callTree(doc: PlanDocument): TemplateResult {
  if (doc.teams.length === 0) return html`<p>No step names an owner: no team to call.</p>`;
  const planName = (id: string) => doc.plans.find((p) => p.id === id)?.name ?? id;
  return html`<table class="teams">
    <caption>
      Teams to call
    </caption>
    <thead>
      <tr>
        <th scope="col">Team</th>
        <th scope="col" class="num">People at once</th>
        <th scope="col">Working hours</th>
        <th scope="col">Call-out outside hours</th>
        <th scope="col">Escalates to</th>
        <th scope="col">Plans</th>
        <th scope="col">Contacts</th>
      </tr>
    </thead>
    <tbody>
      ${doc.teams.map(
        (t) =>
          html`<tr>
            <td>
              ${t.name}${t.declared ? nothing : html`<br /><small>not a declared team: always at work</small>`}
            </td>
            <td class="num">${t.size === null ? 'unlimited' : t.size}</td>
            <td>${t.hours}</td>
            <td>${t.callOut}</td>
            <td>${t.escalation ?? '—'}</td>
            <td>${t.plans.map(planName).join(', ') || '—'}</td>
            <td>
              ${
                t.contacts.length
                  ? t.contacts.map(
                      (c) =>
                        html`<div>
                          ${c.role}:
                          ${c.name}${c.reach ? html`, <span class="reach">${c.reach}</span>` : ''}
                        </div>`,
                    )
                  : '—'
              }
            </td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function history(doc: PlanDocument, which: 'exercises' | 'versions'): TemplateResult {
  const h = doc.history;
  if (h === null) return html`<p>${NO_HISTORY[which]}</p>`;
  const entries = h[which];
  return html`${which === 'exercises' ? html`<p>Last exercised: ${h.lastExercised === null ? 'never' : dateText(h.lastExercised)}.</p>` : nothing}
  ${
    entries.length
      ? html`<table>
          <caption>
            ${which === 'exercises' ? 'Exercises and after-action reports' : 'Saved versions'}
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">
                ${which === 'exercises' ? 'Exercise and after-action report' : 'Note'}
              </th>
            </tr>
          </thead>
          <tbody>
            ${entries.map(
              (e) =>
                html`<tr>
                  <td>${dateText(e.at.slice(0, 10))} ${e.at.slice(11, 16)}</td>
                  <td>${e.note || '—'}</td>
                </tr>`,
            )}
          </tbody>
        </table>`
      : html`<p>
          ${which === 'exercises' ? 'Never exercised: run the exercise in the Exercise tab, or mark the scenario as exercised in the Edit tab.' : 'No saved versions yet: save a version with a note in the Edit tab.'}
        </p>`
  }`;
}

function reviewCycle(doc: PlanDocument): TemplateResult {
  return html`<p>
      Judged on ${dateText(doc.date)}: a plan is overdue for review when its last review plus one
      cycle is before that date, and not exercised within the cycle when it was last exercised more
      than one cycle before it.
    </p>
    <table class="review">
      <caption>
        Review cycle of each plan
      </caption>
      <thead>
        <tr>
          <th scope="col">Plan</th>
          <th scope="col">Owner</th>
          <th scope="col">Every</th>
          <th scope="col">Last review</th>
          <th scope="col">Due</th>
          <th scope="col">Last exercised</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        ${doc.plans.map((p) => {
          const r = p.review;
          if (!r)
            return html`<tr>
              <td>${p.name}</td>
              <td colspan="6">no review cycle set</td>
            </tr>`;
          const flags = reviewFlags(r);
          return html`<tr>
            <td>${p.name}</td>
            <td>${r.owner}</td>
            <td>${r.every.count} ${r.every.unit}${r.every.count === 1 ? '' : 's'}</td>
            <td>${r.last ?? 'never'}</td>
            <td>${r.due ?? 'now'}</td>
            <td>
              ${r.exercisedWithinCycle === null ? 'not known here' : (r.lastExercised ?? 'never')}
            </td>
            <td class=${flags.length ? 'flag' : ''}>
              ${flags.length ? flags.join('; ') : 'in order'}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
}

/** The whole document; `scenario` draws the dependency diagrams. */
export function planDocumentHtml(doc: PlanDocument, scenario: Scenario): TemplateResult {
  const services = doc.services.map((s) => s.name).join(', ');
  // a new page before the major sections; the short ones (invocation, versions, review) flow on
  const breaks = new Set([2, 3, 4, 6, 7, 8]);
  const section = (n: number, body: unknown) =>
    html`<section
      class=${breaks.has(n) ? 'plan-section page-break' : 'plan-section'}
      aria-labelledby=${`plan-section-${n}`}
    >
      ${h2(n)} ${body}
    </section>`;
  return html`<article class="plan-document" aria-label=${doc.title}>
    <header>
      <h1>${doc.title}</h1>
      <p class="meta">
        Scenario: <em>${doc.scenario}</em> · Date of this document:
        ${dateText(doc.date)}${doc.timeZone ? ` · Times are local to ${doc.timeZone}` : ''}
      </p>
    </header>
    ${section(
      1,
      html`<p>
          This plan sets out how ${services} ${doc.services.length === 1 ? 'is' : 'are'} kept within
          ${doc.services.length === 1 ? 'its' : 'their'} agreed objectives when something fails:
          when to invoke the plan and who decides, who is called and how, and the recovery
          procedures with their owners and times. The figures come from the scenario's business
          impact analysis and simulations of each failure.
        </p>
        <p>
          <strong>Scope:</strong> ${doc.scope === null ? 'every service' : 'one service'}
          (${services}); ${doc.plans.length} recovery plan${doc.plans.length === 1 ? '' : 's'};
          ${doc.teams.length} team${doc.teams.length === 1 ? '' : 's'} in the call tree.
        </p>
        ${doc.description ? html`<blockquote>${doc.description}</blockquote>` : nothing}`,
    )}
    ${section(2, doc.services.map(objectives))} ${section(3, doc.services.map(impact))}
    ${section(
      4,
      doc.services.map((s) => dependencies(s, scenario)),
    )}
    ${section(5, doc.services.map(invocation))} ${section(6, callTree(doc))}
    ${section(
      7,
      doc.plans.map((p, i) => planProcedureHtml(doc, p, i + 1)),
    )}
    ${section(8, history(doc, 'exercises'))} ${section(9, history(doc, 'versions'))}
    ${section(10, reviewCycle(doc))}
  </article>`;
}
