/**
 * The participants' recovery panel: each disrupted service's expected restore time (likely,
 * with its range), and each plan under way with when it started, the steps done and the step
 * in hand (or waiting for its team), or when it restored its component. Estimates come from the
 * plans' step durations, the teams' people, hours and call-out (team-projection.ts) and the
 * configured switch-over of a standby pair that must take over once a member is restored.
 */
import { css, html, nothing } from 'lit';
import { stampTime } from '../local-stamp.ts';
import type { EstimateStamps, ParticipantRecovery } from './participant-recovery.ts';

export const recoveryStyles = css`
  .recovery {
    margin-top: 1rem;
  }
  .recovery .restore {
    font-size: 1.3rem;
    margin: 0.25rem 0 0.5rem;
  }
  .recovery .restore strong {
    font-variant-numeric: tabular-nums;
  }
  .recovery ul {
    margin: 0;
    padding-left: 1.1rem;
  }
  .recovery li {
    margin-bottom: 0.35rem;
  }
  .recovery .basis {
    color: var(--cs-muted);
    font-size: 0.95rem;
    margin: 0.4rem 0 0;
  }
`;

function range(e: EstimateStamps, zone: string | null) {
  const t = (x: string) => stampTime(x, zone);
  return e.low === e.high
    ? html`<strong>${t(e.likely)}</strong>`
    : html`<strong>${t(e.likely)}</strong> (between ${t(e.low)} and ${t(e.high)})`;
}

export function renderRecovery(recovery: ParticipantRecovery | null, zone: string | null) {
  if (recovery === null) return nothing;
  const t = (x: string) => stampTime(x, zone);
  return html`<section
    class="panel recovery"
    aria-labelledby="recovery-title"
    data-testid="recovery-status"
  >
    <h2 id="recovery-title">Recovery</h2>
    ${recovery.services.map(
      (s) =>
        html`<p class="restore">
          Expected restore of ${s.name}:
          ${s.restore === null ? html`<strong>not known</strong> (no plan under way brings it back)` : range(s.restore, zone)}
        </p>`,
    )}
    <ul>
      ${recovery.plans.map(
        (p) =>
          html`<li>
            <strong>${p.component}</strong>: ${p.plan}, plan started ${t(p.startedAt)} ·
            ${p.stepsDone} of ${p.steps} steps
            done${
              p.restoredAt !== null
                ? html` · <strong>restored at ${t(p.restoredAt)}</strong>`
                : html`${p.current.length ? ` · now: ${p.current.join(', ')}` : ''}${p.waiting.map(
                    (w) => html` · <em>waiting for ${w.team}</em>: ${w.step}`,
                  )}
                  · expected ${p.estimate ? range(p.estimate, zone) : 'not known'}`
            }
          </li>`,
      )}
    </ul>
    <p class="basis">
      Expected from the plans' step durations and the steps done so far, the teams' people, working
      hours and call-out, plus the standby switch-over where a restored member must take over
      service; a late step moves it.
    </p>
  </section>`;
}
