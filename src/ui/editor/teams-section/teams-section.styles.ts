import { css } from 'lit';
import { formFieldStyles } from '../plans-section/plans-section.styles.ts';

export const teamsSectionStyles = [
  formFieldStyles,
  css`
    .intro {
      max-width: 46rem;
      margin: 0 0 0.75rem;
    }
    .team {
      border-top: 1px solid var(--cs-border);
      padding: 0.75rem 0 1rem;
    }
    .team-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin-bottom: 0.5rem;
    }
    .team-head h3 {
      margin: 0;
      font-size: 1rem;
    }
    .team-head .actions {
      margin-left: auto;
      display: inline-flex;
      gap: 0.3rem;
      align-items: center;
    }
    .team > .fields {
      margin-bottom: 0.75rem;
    }
    .note {
      margin: 0.15rem 0 0;
      font-size: 0.8rem;
      color: var(--cs-muted);
      max-width: 24rem;
    }
    select.escalation {
      min-width: 10rem;
      max-width: 100%;
    }
    .choice {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      margin-bottom: 0.5rem;
    }
    /* a 24 px row for each choice: WCAG 2.2's minimum target size (2.5.8) */
    .choice label {
      min-height: 24px;
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      color: var(--cs-text);
    }
    .call-out {
      margin-top: 0.5rem;
      display: flex;
      flex-direction: column;
      gap: 0.2rem;
    }
    .call-out .label {
      font-size: 0.85rem;
    }
    .call-out .duration {
      display: flex;
      align-items: center;
      gap: 0.25rem;
      white-space: nowrap;
    }
    .contacts td input {
      width: 100%;
      min-width: 9ch;
    }
    .add-team {
      margin-top: 0.5rem;
    }
  `,
];
