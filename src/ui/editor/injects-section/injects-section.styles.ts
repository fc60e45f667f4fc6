import { css } from 'lit';
import { formFieldStyles } from '../plans-section/plans-section.styles.ts';

export const injectsSectionStyles = [
  formFieldStyles,
  css`
    .intro {
      margin: 0 0 0.5rem;
      font-size: 0.85rem;
    }
    td.num {
      padding-top: 0.55rem;
      color: var(--cs-muted);
    }
    .small {
      font-size: 0.78rem;
    }
    td.details {
      width: 100%;
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem 1rem;
      align-items: flex-start;
    }
    .field label {
      white-space: nowrap;
    }
    input.number {
      width: 4.8rem;
    }
    .add-inject {
      margin-top: 0.5rem;
    }
  `,
];
