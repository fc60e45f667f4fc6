import { css } from 'lit';

export const servicesSectionStyles = css`
  fieldset .hint {
    margin: 0.4rem 0 0;
    font-size: 0.8rem;
    color: var(--cs-muted);
  }
  details.service {
    border: 1px solid var(--cs-border);
    border-radius: 8px;
    padding: 0.4rem 0.75rem 0.25rem;
    margin: 0 0 0.75rem;
  }
  details.service[open] {
    padding-bottom: 0.75rem;
  }
  summary {
    cursor: pointer;
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    padding: 0.2rem 0;
  }
  summary::before {
    content: '▸';
    color: var(--cs-muted);
  }
  details[open] > summary::before {
    content: '▾';
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .service-name {
    font-weight: 600;
  }
  code {
    color: var(--cs-muted);
    font-size: 0.8rem;
  }
  .badge {
    color: var(--cs-danger);
    background: var(--cs-danger-bg);
    border-radius: 999px;
    padding: 0 0.5rem;
    font-size: 0.8rem;
    font-weight: 600;
  }
  .head {
    margin: 0.4rem 0 0.75rem;
  }
  .own-hours {
    align-self: flex-end;
    margin: 0 0 0.4rem;
  }
  .columns {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .columns > fieldset {
    flex: 1 1 24rem;
  }
  figure.curve {
    margin: 0.6rem 0 0.25rem;
  }
  figcaption {
    color: var(--cs-muted);
    font-size: 0.8rem;
    margin-bottom: 0.2rem;
  }
  figure svg {
    display: block;
    max-width: 100%;
  }
  .weekdays {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.4rem;
    margin: 0.5rem 0 0.25rem;
  }
  .group-label {
    font-size: 0.85rem;
    color: var(--cs-muted);
    margin-right: 0.4rem;
    align-self: center;
  }
  label.day {
    flex-direction: column;
    align-items: flex-start;
    gap: 0.1rem;
    font-size: 0.75rem;
  }
  label.day input {
    width: 4.2rem;
  }
  .weekdays .muted {
    align-self: center;
  }
  h4.sub {
    margin: 0.75rem 0 0.3rem;
    font-size: 0.85rem;
  }
  table.surges td {
    padding: 0.2rem 0.3rem;
  }
  td.when {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
  }
  button.add {
    margin-top: 0.4rem;
  }
  .builder {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  .structure {
    flex: 1 1 20rem;
  }
  .picker {
    flex: 1 1 20rem;
  }
  ul.tree,
  ul.tree ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.tree ul {
    margin-left: 0.6rem;
    padding-left: 0.9rem;
    border-left: 2px solid var(--cs-border);
  }
  ul.tree li {
    margin: 0.2rem 0;
  }
  .node {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    font-size: 0.9rem;
  }
  li.group > .node,
  li.series > .node,
  li.standby > .node {
    font-size: 0.85rem;
    flex-wrap: wrap;
  }
  .role-name {
    font-size: 0.8rem;
    font-style: italic;
    color: var(--cs-muted);
  }
  input.switchover {
    width: 6rem;
    padding: 0.1rem 0.3rem;
  }
  .unknown {
    color: var(--cs-danger);
  }
  input.k {
    width: 3.6rem;
    padding: 0.1rem 0.3rem;
  }
  button.remove {
    margin-left: 0.3rem;
  }
  ul.checks {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.checks li {
    break-inside: avoid;
    margin: 0.1rem 0;
  }
  ul.checks label {
    color: var(--cs-text);
  }
  .used {
    color: var(--cs-muted);
    font-size: 0.75rem;
    border: 1px solid var(--cs-border);
    border-radius: 999px;
    padding: 0 0.35rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-top: 0.6rem;
  }
  .group-action {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .stale {
    margin: 0.6rem 0 0.3rem;
  }
  cs-topology-view {
    display: block;
    margin-top: 0.75rem;
  }
`;
