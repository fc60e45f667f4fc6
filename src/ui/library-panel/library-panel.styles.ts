import { css } from 'lit';

export const libraryPanelStyles = css`
  :host {
    display: block;
  }
  .muted {
    color: var(--cs-muted);
    font-size: 0.85rem;
    margin: 0 0 0.5rem;
  }
  .warning {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--cs-warning);
    border-left-width: 4px;
    border-radius: 6px;
    color: var(--cs-text);
    background: color-mix(in srgb, var(--cs-warning) 14%, var(--cs-surface));
    font-size: 0.9rem;
  }
  .alert:empty {
    display: none;
  }
  .alert {
    margin: 0 0 0.5rem;
    padding: 0.4rem 0.6rem;
    border-radius: 6px;
    color: var(--cs-danger);
    background: var(--cs-danger-bg);
    font-size: 0.9rem;
  }
  .notice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0 0 0.5rem;
    padding: 0.35rem 0.5rem 0.35rem 0.75rem;
    border-radius: 6px;
    background: var(--cs-hover);
    font-size: 0.9rem;
  }
  .notice span {
    flex: 1;
  }
  .list {
    list-style: none;
    margin: 0 0 0.75rem;
    padding: 0;
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.4rem 1rem;
    padding: 0.5rem 0.5rem;
    border-bottom: 1px solid var(--cs-border);
  }
  .item.current {
    background: var(--cs-hover);
    border-radius: 6px;
  }
  .main {
    min-width: 12rem;
    flex: 1;
  }
  .title {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .name {
    font-weight: 600;
  }
  .badge {
    font-size: 0.75rem;
    padding: 0.05rem 0.4rem;
    border-radius: 999px;
    color: var(--cs-on-accent);
    background: var(--cs-accent);
  }
  .meta {
    color: var(--cs-muted);
    font-size: 0.85rem;
  }
  .review-flags {
    margin: 0.2rem 0 0;
    padding-left: 1.1rem;
    color: var(--cs-danger);
    font-size: 0.85rem;
  }
  .rename {
    flex: 1;
    margin-bottom: 0.2rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .rename input {
    flex: 1;
    min-width: 8rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .actions button,
  .rename button,
  .notice button {
    font-size: 0.85rem;
    padding: 0.2rem 0.5rem;
  }
  button.danger {
    color: var(--cs-danger);
  }
  button.danger:hover {
    border-color: var(--cs-danger);
  }
  .new {
    display: grid;
    gap: 0.3rem;
  }
  .new label {
    font-weight: 600;
    color: var(--cs-text);
  }
  .new-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .new-row select {
    flex: 1;
    min-width: 10rem;
  }
`;
