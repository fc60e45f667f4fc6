import { css } from 'lit';

/** The fields of an expanded component card: groups, labels, controls and their issues. */
export const fieldStyles = css`
  .body {
    container-type: inline-size;
  }
  @container (min-width: 52.5rem) {
    fieldset.depends {
      grid-column: span 2;
    }
  }
  .groups {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr));
    gap: 0.75rem;
  }
  fieldset {
    border: 1px solid var(--cs-border);
    border-radius: 6px;
    margin: 0;
    padding: 0.4rem 0.7rem 0.6rem;
    display: grid;
    gap: 0.45rem;
    align-content: start;
    min-width: 0;
  }
  legend {
    font-size: 0.8rem;
    font-weight: 600;
    color: var(--cs-muted);
    padding: 0 0.3rem;
  }
  .field {
    display: grid;
    grid-template-columns: 7.5rem minmax(0, 1fr);
    align-items: center;
    gap: 0.2rem 0.5rem;
  }
  .field > label,
  .field > .label {
    align-self: start;
    padding-top: 0.3rem;
    font-size: 0.85rem;
    color: var(--cs-muted);
  }
  .field > :is(.note, .issues) {
    grid-column: 2;
  }
  .field.stacked {
    grid-template-columns: minmax(0, 1fr);
    row-gap: 0;
    margin-top: 0.2rem;
  }
  .field.stacked > :is(.note, .issues) {
    grid-column: 1;
  }
  .field.wide > * {
    grid-column: 1 / -1;
  }
  .control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    min-width: 0;
  }
  input.short {
    width: 7rem;
  }
  input.long,
  select {
    width: 100%;
    min-width: 0;
  }
  .unit {
    font-size: 0.8rem;
    color: var(--cs-muted);
    white-space: nowrap;
  }
  label.check {
    color: var(--cs-text);
  }
  [aria-invalid='true'] {
    border-color: var(--cs-danger);
  }
  .id-value {
    padding: 0.1rem 0.35rem;
    border-radius: 4px;
    background: var(--cs-hover);
  }
  /* at least 24 px high: WCAG 2.2's minimum target size (2.5.8) */
  button.small {
    min-height: 24px;
    font-size: 0.8rem;
    padding: 0.15rem 0.5rem;
  }
  .note {
    margin: 0;
    font-size: 0.78rem;
    color: var(--cs-muted);
  }
  .issues {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8rem;
  }
  .issues .error,
  .issues.error {
    color: var(--cs-danger);
  }
  .issues .warning {
    color: var(--cs-warning);
  }
  .issues .hint {
    display: block;
    color: var(--cs-muted);
  }
  fieldset.depends {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1rem;
  }
  fieldset.depends :is(.issues, .note) {
    flex-basis: 100%;
  }
`;
