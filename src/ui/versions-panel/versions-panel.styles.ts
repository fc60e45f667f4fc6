import { css } from 'lit';

export const versionsPanelStyles = css`
  :host {
    display: block;
  }
  h3 {
    margin: 1rem 0 0.4rem;
    font-size: 0.95rem;
  }
  h4 {
    margin: 0.75rem 0 0.25rem;
    font-size: 0.9rem;
  }
  p {
    margin: 0 0 0.5rem;
  }
  .exercise p {
    font-size: 0.9rem;
  }
  .muted {
    color: var(--cs-muted);
    font-size: 0.85rem;
  }
  .alert:empty,
  .status:empty {
    display: none;
  }
  .alert {
    padding: 0.4rem 0.6rem;
    border-radius: 6px;
    color: var(--cs-danger);
    background: var(--cs-danger-bg);
    font-size: 0.9rem;
  }
  .status {
    font-size: 0.85rem;
    color: var(--cs-muted);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0 0 0.5rem;
  }
  .row label {
    flex: 1;
    min-width: 14rem;
  }
  .row input {
    flex: 1;
    min-width: 8rem;
  }
  .versions {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .version {
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--cs-border);
  }
  .head {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    font-variant-numeric: tabular-nums;
  }
  .head time {
    font-weight: 600;
  }
  .number {
    color: var(--cs-muted);
    font-size: 0.85rem;
  }
  .badge {
    font-size: 0.75rem;
    padding: 0.05rem 0.4rem;
    border-radius: 999px;
    background: var(--cs-hover);
    color: var(--cs-muted);
  }
  .note {
    font-size: 0.9rem;
    margin-top: 0.1rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin-top: 0.35rem;
  }
  .actions button,
  .confirm button {
    font-size: 0.85rem;
    padding: 0.2rem 0.5rem;
  }
  .confirm {
    margin-top: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--cs-warning);
    border-radius: 6px;
  }
  .confirm p {
    font-size: 0.9rem;
  }
  .confirm button + button {
    margin-left: 0.35rem;
  }
  .comparison {
    margin-top: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-radius: 6px;
    background: var(--cs-bg, #f6f7f9);
    font-size: 0.9rem;
  }
  .changes {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .changes li {
    padding: 0.15rem 0 0.15rem 0.5rem;
    border-left: 3px solid var(--cs-border);
    margin-bottom: 0.2rem;
  }
  .changes li.added {
    border-left-color: var(--cs-up);
  }
  .changes li.removed {
    border-left-color: var(--cs-down);
  }
  .changes li.changed {
    border-left-color: var(--cs-degraded);
  }
`;
