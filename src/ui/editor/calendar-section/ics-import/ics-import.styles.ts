import { css } from 'lit';

export const icsImportStyles = css`
  :host {
    display: block;
    margin-top: 0.75rem;
  }
  .ics {
    border-radius: 8px;
  }
  .ics.over {
    outline: 3px dashed var(--cs-accent);
    outline-offset: 4px;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.75rem;
  }
  .muted {
    color: var(--cs-muted);
    font-size: 0.8rem;
  }
  .preview,
  .problem,
  .done {
    margin-top: 0.6rem;
    border: 1px solid var(--cs-border);
    border-left: 4px solid var(--cs-accent);
    border-radius: 6px;
    padding: 0.5rem 0.75rem;
    background: var(--cs-surface);
  }
  .problem {
    border-left-color: var(--cs-danger);
  }
  .problem ul {
    margin: 0.3rem 0;
    padding-left: 1.2rem;
    overflow-wrap: anywhere;
  }
  .done {
    border-left-color: var(--cs-good);
    font-size: 0.85rem;
  }
  h3 {
    margin: 0 0 0.3rem;
    font-size: 0.95rem;
    overflow-wrap: anywhere;
  }
  h3:focus-visible {
    outline: 2px solid var(--cs-accent);
    outline-offset: 2px;
  }
  p {
    margin: 0.2rem 0;
  }
  .summary {
    font-weight: 600;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin: 0.4rem 0;
  }
  fieldset.choice {
    border: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.9rem;
    align-items: center;
  }
  fieldset.choice legend {
    float: left;
    font-size: 0.85rem;
    font-weight: 600;
    margin-right: 0.5rem;
    padding: 0;
  }
  fieldset.choice label {
    color: var(--cs-text);
  }
  input[type='radio'] {
    accent-color: var(--cs-accent);
  }
  ul.notes {
    margin: 0.3rem 0;
    padding-left: 1.2rem;
    font-size: 0.8rem;
    color: var(--cs-muted);
  }
  .scroll {
    max-height: 22rem;
    overflow: auto;
    border: 1px solid var(--cs-border);
    border-radius: 6px;
    margin: 0.4rem 0;
  }
  .scroll thead th {
    position: sticky;
    top: 0;
    background: var(--cs-surface);
  }
  td.date {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  td.after {
    font-weight: 600;
  }
  td.after .muted {
    display: block;
    font-weight: 400;
  }
  tr.kept td {
    color: var(--cs-muted);
  }
  tr.kept td.after {
    font-weight: 400;
  }
  td.status {
    white-space: nowrap;
    font-size: 0.8rem;
    color: var(--cs-muted);
  }
  .actions {
    display: flex;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  /* at least 24 px high: WCAG 2.2's minimum target size (2.5.8) */
  button.small {
    min-height: 24px;
    font-size: 0.8rem;
    padding: 0.15rem 0.45rem;
    margin-left: 0.4rem;
  }
  code {
    font-size: 0.8rem;
  }
`;
