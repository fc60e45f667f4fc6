/** Styles shared by the UI's elements: form controls, buttons, tables, panels. */
import { css } from 'lit';

export const controlStyles = css`
  :host {
    color: var(--cs-text);
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    font-size: 0.85rem;
    color: var(--cs-muted);
  }
  input,
  select,
  button {
    font: inherit;
    font-size: 0.9rem;
    color: var(--cs-text);
    background: var(--cs-surface);
    border: 1px solid var(--cs-border);
    border-radius: 6px;
    padding: 0.3rem 0.55rem;
  }
  button {
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    border-color: var(--cs-accent);
  }
  button.primary {
    background: var(--cs-accent);
    border-color: var(--cs-accent);
    color: var(--cs-on-accent);
    font-weight: 600;
  }
  /* A button that reads as a link (an outage that jumps the playhead, a reading to take). */
  button.link {
    border: 0;
    padding: 0;
    background: none;
    color: var(--cs-accent);
    text-decoration: underline;
    font-size: inherit;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  :is(input, select, button):focus-visible {
    outline: 2px solid var(--cs-accent);
    outline-offset: 1px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

export const panelStyles = css`
  .panel {
    background: var(--cs-surface);
    border: 1px solid var(--cs-border);
    border-radius: 8px;
    padding: 0.75rem 1rem;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.85rem;
  }
  th,
  td {
    text-align: left;
    padding: 0.25rem 0.4rem;
    border-bottom: 1px solid var(--cs-border);
    vertical-align: top;
  }
  th {
    color: var(--cs-muted);
    font-weight: 600;
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .bad {
    color: var(--cs-danger);
    font-weight: 600;
  }
  .good {
    color: var(--cs-good);
    font-weight: 600;
  }
`;
