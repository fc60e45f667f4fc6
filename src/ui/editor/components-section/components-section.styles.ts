import { css } from 'lit';

export const componentsSectionStyles = css`
  :host {
    display: block;
  }
  header {
    display: flex;
    align-items: baseline;
    gap: 0.75rem;
    margin-bottom: 0.5rem;
  }
  header h2 {
    margin: 0;
  }
  header .count {
    color: var(--cs-muted);
    font-size: 0.85rem;
    margin-right: auto;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  .card {
    border: 1px solid var(--cs-border);
    border-radius: 6px;
  }
  .card.open {
    border-color: var(--cs-accent);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    padding: 0.3rem 0.6rem 0.3rem 0.3rem;
  }
  .row:hover {
    background: var(--cs-hover);
  }
  button.toggle {
    display: inline-flex;
    align-items: baseline;
    gap: 0.5rem;
    border: none;
    background: none;
    padding: 0.2rem 0.3rem;
    min-width: 16rem;
    text-align: left;
  }
  .chevron::before {
    content: '▸';
    display: inline-block;
    width: 0.8rem;
    color: var(--cs-muted);
  }
  .open .chevron::before {
    content: '▾';
  }
  .name {
    font-weight: 600;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.8rem;
  }
  code.id {
    color: var(--cs-muted);
  }
  .meta {
    padding-left: 0.3rem;
    color: var(--cs-muted);
    font-size: 0.8rem;
    flex: 1 1 18rem;
  }
  .badge {
    font-size: 0.75rem;
    font-weight: 600;
    border-radius: 999px;
    padding: 0.05rem 0.5rem;
  }
  .badge.bad {
    color: var(--cs-danger);
    background: var(--cs-danger-bg);
  }
  .badge.warn {
    color: var(--cs-warning);
    border: 1px solid currentColor;
  }
  .body {
    border-top: 1px solid var(--cs-border);
    padding: 0.6rem 0.75rem 0.75rem;
  }
  .footer {
    margin-top: 0.75rem;
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75rem;
  }
  button.danger {
    color: var(--cs-danger);
  }
  button.danger:hover:not(:disabled) {
    border-color: var(--cs-danger);
  }
  .refusal {
    flex: 1 1 20rem;
    color: var(--cs-danger);
    background: var(--cs-danger-bg);
    border-radius: 6px;
    padding: 0.4rem 0.7rem;
    font-size: 0.85rem;
  }
  .refusal p,
  .refusal ul {
    margin: 0;
  }
  .refusal ul {
    padding-left: 1.2rem;
  }
`;
