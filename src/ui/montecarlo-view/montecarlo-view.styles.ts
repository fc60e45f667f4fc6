import { css } from 'lit';

export const montecarloStyles = css`
  :host {
    display: block;
  }
  .injects-switch {
    margin: 0.25rem 0 0.75rem;
  }
  .injects-switch label {
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
    font-weight: 600;
  }
  .injects-switch p {
    margin: 0.2rem 0 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: center;
    margin: 0.5rem 0 0.75rem;
  }
  .muted,
  .ci,
  .more,
  figcaption {
    color: var(--cs-muted);
    font-size: 0.85rem;
  }
  .ci {
    display: block;
  }
  td.num {
    white-space: nowrap;
  }
  .field-error {
    flex-basis: 100%;
    margin: 0;
    color: var(--cs-breach, #b3261e);
    font-size: 0.85rem;
  }
  .basis {
    font-size: 0.85rem;
  }
  .stale {
    margin-left: 0.5rem;
    padding: 0.1rem 0.4rem;
    border-radius: 4px;
    background: var(--cs-warning-bg, #fff4ce);
    color: var(--cs-text);
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 1rem;
    margin-top: 0.75rem;
  }
  figure {
    margin: 0;
  }
  svg {
    display: block;
    max-width: 100%;
  }
  .badge {
    font-weight: 600;
    white-space: nowrap;
  }
  .badge.better,
  li.better strong {
    color: var(--cs-good, #00704f);
  }
  .badge.worse,
  li.worse strong {
    color: var(--cs-breach, #b3261e);
  }
  tr.better td:first-of-type,
  tr.worse td:first-of-type {
    font-weight: 600;
  }
  .comparison {
    margin-top: 1rem;
  }
  .comparison h3,
  .overlay h3,
  .sensitivity h3 {
    margin: 0.5rem 0;
    font-size: 0.95rem;
  }
  ul.objectives {
    padding-left: 1.1rem;
    margin: 0.25rem 0 0.75rem;
    font-size: 0.9rem;
  }
  fieldset {
    border: 1px solid var(--cs-border);
    border-radius: 6px;
    padding: 0.4rem 0.75rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1rem;
  }
  fieldset label {
    color: var(--cs-text);
  }
  cs-mc-progress {
    display: block;
    /* a progress tick lays out this line, not the page around it (no paint containment: it
       would clip the Cancel button's focus outline) */
    contain: layout style;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin: 0.5rem 0;
  }
  progress {
    width: 16rem;
  }
  nav.sections {
    display: flex;
    gap: 0.4rem;
    margin-bottom: 0.5rem;
  }
  nav.sections button[aria-pressed='true'] {
    background: var(--cs-accent);
    color: var(--cs-on-accent);
    border-color: var(--cs-accent);
  }
  @media (max-width: 760px) {
    .charts {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media print {
    .toolbar,
    nav.sections,
    .progress button {
      display: none;
    }
  }
`;
