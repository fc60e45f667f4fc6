/** Styles of the form editor's fields, fieldsets and issue lists (shared by its sections). */
import { css } from 'lit';

export const fieldStyles = css`
  :host {
    display: block;
  }
  fieldset {
    border: 1px solid var(--cs-border);
    border-radius: 8px;
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem 0.75rem;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    font-size: 0.9rem;
    padding: 0 0.3rem;
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: flex-start;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    min-width: 0;
  }
  .field label {
    display: block;
  }
  .field .control {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  .field input {
    width: 10rem;
    box-sizing: border-box;
  }
  .field.narrow input {
    width: 6.5rem;
  }
  .field.wide {
    flex: 1 1 18rem;
  }
  .field.wide input,
  textarea {
    width: 100%;
  }
  td .field input {
    width: 100%;
  }
  /* "09:00-12:00, 13:00-16:00" must stay readable when the table is narrow (1024 px). */
  td .field input[id$='-hours'] {
    min-width: 8.5rem;
  }
  td .field.narrow input {
    width: 6rem;
  }
  textarea {
    font: inherit;
    font-size: 0.9rem;
    color: var(--cs-text);
    background: var(--cs-surface);
    border: 1px solid var(--cs-border);
    border-radius: 6px;
    padding: 0.3rem 0.55rem;
    box-sizing: border-box;
    resize: vertical;
  }
  .suffix {
    color: var(--cs-muted);
    font-size: 0.85rem;
  }
  [aria-invalid='true'] {
    border-color: var(--cs-danger);
    background: var(--cs-danger-bg);
  }
  .issues {
    list-style: none;
    margin: 0.1rem 0 0;
    padding: 0;
    font-size: 0.8rem;
    max-width: 28rem;
  }
  .issues li {
    color: var(--cs-danger);
  }
  .issues li::before {
    content: '⚠ ';
  }
  .issues li.warning {
    color: var(--cs-warning);
  }
  .issues .hint {
    color: var(--cs-muted);
  }
  .issues .hint::before {
    content: 'Hint: ';
  }
  .muted {
    color: var(--cs-muted);
    font-size: 0.85rem;
  }
  /* at least 24 px high: WCAG 2.2's minimum target size (2.5.8) */
  button.small {
    min-height: 24px;
    font-size: 0.8rem;
    padding: 0.1rem 0.5rem;
  }
  table input[type='checkbox'] {
    margin: 0.35rem 0 0;
  }
`;
