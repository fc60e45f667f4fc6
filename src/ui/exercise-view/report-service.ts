/**
 * One service's part of the after-action report: the verdicts against its objectives and
 * against the plan followed to the letter (RTO, MTPD, RPO, downtime in and outside agreed
 * hours, data lost, cost), and the outages that began during the exercise.
 */
import { html, nothing } from 'lit';
import type { ServiceOutcome, Verdict } from '../../exercise/report.ts';
import { minutesText, money } from '../format.ts';

function verdict(v: Verdict, detail = '') {
  if (v === 'no outage') return html`<span>no outage</span>`;
  if (v === 'outside hours')
    return html`<span>exceeded${detail}, outside agreed hours (no business impact)</span>`;
  return v === 'met'
    ? html`<span class="good">met</span>`
    : html`<span class="bad">breached${detail}</span>`;
}

export function renderService(s: ServiceOutcome, when: (local: string | null) => string) {
  const worst = s.outages.reduce((w, o) => Math.max(w, o.rtoExceededByMinutes), 0);
  const longest = s.outages.reduce((w, o) => Math.max(w, o.durationMinutes), 0);
  const diff = s.cost - s.plan.cost;
  return html`<section class="panel" aria-labelledby="svc-${s.service}">
    <h2 id="svc-${s.service}">${s.name}: against the objectives and the plan</h2>
    <dl class="verdicts" data-testid="verdicts">
      <dt><cs-term key="rto">RTO</cs-term> ${s.objectives.rto}</dt>
      <dd data-testid="rto-verdict">
        ${verdict(s.rto, worst > 0 ? ` by ${minutesText(worst)}` : '')}
        ${longest > 0 ? html` · longest outage ${minutesText(longest)}` : nothing}
      </dd>
      <dd class="plan">plan to the letter: ${verdict(s.plan.rto)}</dd>
      <dt><cs-term key="mtpd">MTPD</cs-term> ${s.objectives.mtpd}</dt>
      <dd>${verdict(s.mtpd)}</dd>
      <dd class="plan">plan to the letter: ${verdict(s.plan.mtpd)}</dd>
      <dt><cs-term key="rpo">RPO</cs-term> ${s.objectives.rpo}</dt>
      <dd>
        ${verdict(s.rpo)}${
          s.worstDataLossMinutes === null
            ? nothing
            : html` · ${minutesText(s.worstDataLossMinutes)} of data lost`
        }
      </dd>
      <dd></dd>
      <dt>Downtime in <cs-term key="agreed hours">agreed hours</cs-term></dt>
      <dd data-testid="downtime-agreed">${minutesText(s.downtimeInAgreedHoursMinutes)}</dd>
      <dd class="plan">plan to the letter: ${minutesText(s.plan.downtimeInAgreedHoursMinutes)}</dd>
      <dt>Downtime outside agreed hours</dt>
      <dd data-testid="downtime-outside">${minutesText(s.downtimeOutsideAgreedHoursMinutes)}</dd>
      <dd class="plan">
        plan to the letter: ${minutesText(s.plan.downtimeOutsideAgreedHoursMinutes)}
      </dd>
      <dt>Data lost</dt>
      <dd data-testid="data-loss-cost">
        ${minutesText(s.dataLostMinutes)}, costing ${money(s.dataLossCost, s.currency)}
      </dd>
      <dd class="plan">
        plan to the letter: ${minutesText(s.plan.dataLostMinutes)}, costing
        ${money(s.plan.dataLossCost, s.currency)}
      </dd>
      <dt>Cost (data lost included)</dt>
      <dd data-testid="cost">${money(s.cost, s.currency)}</dd>
      <dd class="plan">
        plan to the letter: ${money(s.plan.cost, s.currency)}
        (${diff >= 0 ? `${money(diff, s.currency)} more` : `${money(-diff, s.currency)} less`} in
        the exercise)
      </dd>
    </dl>
    ${
      s.outages.length
        ? html`<table>
            <caption class="facts">
              Outages that began during the exercise
            </caption>
            <thead>
              <tr>
                <th>From</th>
                <th>To</th>
                <th class="num">Lasted</th>
                <th>RTO</th>
                <th>MTPD</th>
              </tr>
            </thead>
            <tbody>
              ${s.outages.map(
                (o) =>
                  html`<tr>
                    <td>${when(o.start)}</td>
                    <td>${o.ongoing ? 'still down' : when(o.end)}</td>
                    <td class="num">${minutesText(o.durationMinutes)}</td>
                    <td>
                      ${
                        o.rtoMet === false
                          ? html`<span class="bad"
                              >breached by ${minutesText(o.rtoExceededByMinutes)}</span
                            >`
                          : o.planSlowerThanRto
                            ? html`slower by ${minutesText(o.rtoExceededByMinutes)}, outside agreed
                              hours`
                            : o.rtoMet
                              ? html`<span class="good">met</span>`
                              : 'open'
                      }
                    </td>
                    <td>
                      ${
                        o.mtpdBreached
                          ? html`<span class="bad">breached</span>`
                          : o.mtpdExceeded
                            ? 'exceeded, outside agreed hours'
                            : html`<span class="good">met</span>`
                      }
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : nothing
    }
  </section>`;
}
