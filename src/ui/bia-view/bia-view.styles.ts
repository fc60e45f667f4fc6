import { css } from 'lit';

export const biaStyles = css`
  :host {
    display: block;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: center;
    margin-bottom: 0.75rem;
  }
  progress {
    width: 14rem;
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
  }
  section.panel {
    overflow-x: auto;
  }
  th button {
    all: unset;
    cursor: pointer;
    font-weight: 600;
  }
  th button:focus-visible {
    outline: 2px solid var(--cs-accent);
  }
  tbody tr.row:hover {
    background: var(--cs-hover);
  }
  .finding {
    border-left: 4px solid var(--cs-border);
    padding: 0.4rem 0.75rem;
    margin: 0 0 0.6rem;
  }
  .finding[data-severity='critical'] {
    border-color: var(--cs-down);
  }
  .finding[data-severity='warning'] {
    border-color: var(--cs-degraded);
  }
  .finding h3 {
    margin: 0 0 0.2rem;
    font-size: 0.95rem;
  }
  .badge {
    display: inline-block;
    font-size: 0.7rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    padding: 0 0.35rem;
    margin-right: 0.35rem;
    border: 1px solid currentColor;
    border-radius: 3px;
  }
  .finding p {
    margin: 0.2rem 0;
    font-size: 0.9rem;
  }
  .evidence {
    font-size: 0.8rem;
    color: var(--cs-muted);
  }
  ul.spofs {
    margin: 0;
    padding-left: 1.2rem;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .muted {
    color: var(--cs-muted);
  }
  @media print {
    .toolbar button,
    .toolbar select,
    .toolbar progress,
    button.apply,
    button.open {
      display: none;
    }
    section.panel {
      border: none;
      padding: 0;
      overflow: visible;
    }
    table {
      font-size: 9pt;
    }
    .finding,
    tr,
    svg {
      break-inside: avoid;
    }
    h2 {
      break-after: avoid;
    }
  }
`;
