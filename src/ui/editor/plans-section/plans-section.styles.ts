import { css } from 'lit';

/** Shared by the form sections: issues under a field, compact inputs, icon buttons. */
export const formFieldStyles = css`
  :host {
    display: block;
  }
  input {
    padding: 0.2rem 0.4rem;
    min-width: 0;
    max-width: 100%;
    box-sizing: border-box;
  }
  /* As wide as what is written (the size attribute is the fallback where this is unknown). */
  input:not([type]) {
    field-sizing: content;
    min-width: 4.5ch;
  }
  [aria-invalid='true'] {
    border-color: var(--cs-danger);
    background: var(--cs-danger-bg);
  }
  button.icon {
    padding: 0.1rem 0.4rem;
    line-height: 1.2;
    min-width: 1.9rem;
  }
  .issues {
    margin: 0.2rem 0 0;
    font-size: 0.78rem;
    max-width: 32rem;
  }
  .issues p {
    margin: 0.1rem 0;
  }
  .issues .error {
    color: var(--cs-danger);
  }
  .issues .warning {
    color: var(--cs-warning);
  }
  .issues .hint {
    color: var(--cs-muted);
  }
  .muted {
    color: var(--cs-muted);
  }
  .table-wrap {
    overflow-x: auto;
  }
  td {
    vertical-align: top;
  }
  td.actions {
    white-space: nowrap;
  }
`;

export const plansSectionStyles = [
  formFieldStyles,
  css`
    .plan {
      border-top: 1px solid var(--cs-border);
      padding: 0.75rem 0 1rem;
    }
    .plan-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .plan-name {
      font-weight: 600;
      font-size: 1rem;
    }
    .remove-plan {
      margin-left: auto;
    }
    .refusal {
      margin: 0.4rem 0;
      padding: 0.4rem 0.6rem;
      border-left: 3px solid var(--cs-danger);
      background: var(--cs-danger-bg);
      color: var(--cs-danger);
      font-size: 0.85rem;
    }
    .restores {
      margin: 0.4rem 0 0.6rem;
      font-size: 0.85rem;
    }
    .rto {
      font-weight: 600;
    }
    tbody tr:focus {
      outline: 2px solid var(--cs-accent);
      outline-offset: -2px;
    }
    tr.selected td {
      background: var(--cs-hover);
    }
    td.name {
      width: 100%;
    }
    td.name input {
      width: 100%;
      min-width: 12ch;
    }
    .duration {
      display: flex;
      align-items: center;
      gap: 0.25rem;
      white-space: nowrap;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.1rem 0.6rem;
      min-width: 7rem;
      max-width: 15rem;
    }
    /* a 24 px row for each box: WCAG 2.2's minimum target size (2.5.8) */
    fieldset label {
      min-height: 24px;
      display: flex;
      align-items: center;
      font-size: 0.8rem;
      color: var(--cs-text);
      gap: 0.2rem;
    }
    fieldset label.bad {
      color: var(--cs-danger);
      text-decoration: line-through;
    }
    .review {
      margin: 0 0 0.6rem;
      font-size: 0.85rem;
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.3rem 0.75rem;
    }
    .review.none {
      align-items: center;
    }
    .review-title {
      font-weight: 600;
      padding-top: 0.2rem;
    }
    .review .fields {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.3rem 0.75rem;
    }
    .review .field {
      display: flex;
      flex-direction: column;
      gap: 0.1rem;
    }
    .review .field .control {
      display: inline-flex;
    }
    .review input[type='date'] {
      width: 10rem;
    }
    .review ul.issues {
      list-style: none;
      padding: 0;
    }
    .review .issues li.error {
      color: var(--cs-danger);
    }
    .review .issues li.warning {
      color: var(--cs-warning);
    }
    .review .issues .hint {
      color: var(--cs-muted);
    }
    .owner-note {
      margin: 0.15rem 0 0;
      font-size: 0.78rem;
      color: var(--cs-muted);
      max-width: 14rem;
    }
    .add-step,
    .add-plan {
      margin-top: 0.5rem;
    }
    figure.gantt {
      margin: 0.75rem 0 0;
    }
    .gantt-mode {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-bottom: 0.5rem;
      font-size: 0.9rem;
    }
    .gantt-mode select {
      max-width: 100%;
    }
    figure.gantt svg {
      display: block;
      max-width: 100%;
      height: auto;
    }
    .note {
      font-size: 0.8rem;
      color: var(--cs-warning);
      margin-top: 0.25rem;
    }
  `,
];
