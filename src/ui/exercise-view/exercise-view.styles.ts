import { css } from 'lit';

export const exerciseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  cs-timeline-view,
  cs-topology-view {
    display: block;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .bar h2 {
    margin: 0;
    font-size: 1.15rem;
  }
  .clock {
    font-size: 1.9rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .status {
    color: var(--cs-muted);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 1rem;
    margin-top: 1rem;
  }
  .wide {
    grid-column: 1 / -1;
  }
  @media (max-width: 900px) {
    .grid {
      grid-template-columns: 1fr;
    }
  }
  ol.injects {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
    font-size: 0.9rem;
  }
  ol.injects li {
    display: grid;
    grid-template-columns: 1.6rem 4.2rem 1fr auto;
    gap: 0.4rem;
    align-items: baseline;
    padding: 0.35rem 0;
    border-bottom: 1px solid var(--cs-border);
  }
  ol.injects li[data-state='released'] {
    color: var(--cs-muted);
  }
  .tag {
    font-size: 0.75rem;
    color: var(--cs-muted);
  }
  .row-actions {
    display: flex;
    gap: 0.3rem;
  }
  .row-actions button {
    font-size: 0.8rem;
    padding: 0.15rem 0.45rem;
  }
  .decision {
    border: 2px solid var(--cs-accent);
    border-radius: 8px;
    padding: 0.6rem 0.8rem;
    margin-bottom: 0.6rem;
  }
  .decision .options {
    display: grid;
    gap: 0.35rem;
    margin-top: 0.5rem;
  }
  .decision .options button {
    text-align: left;
  }
  .countdown {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  ul.taken {
    margin: 0.4rem 0 0;
    padding-left: 1.2rem;
    font-size: 0.9rem;
  }
  .notice {
    margin: 0.5rem 0 0;
    padding: 0.4rem 0.7rem;
    border-radius: 6px;
    background: var(--cs-hover);
  }
  .danger {
    color: var(--cs-danger);
  }
  .muted {
    color: var(--cs-muted);
    font-size: 0.9rem;
  }
  svg {
    display: block;
    max-width: 100%;
  }
  .projector {
    position: fixed;
    inset: 0;
    z-index: 50;
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    border: 0;
    overflow: auto;
    padding: 0.75rem 1.5rem 1rem;
    background: var(--cs-bg);
    color: var(--cs-text);
    flex-direction: column;
  }
  .projector[open] {
    display: flex;
  }
  .projector > cs-exercise-participant {
    flex: 1;
    min-height: 0;
  }
  .projector > button {
    flex: none;
    align-self: flex-end;
    margin-bottom: 0.25rem;
  }
  .report {
    margin-top: 1rem;
  }
  @media print {
    .facilitator {
      display: none;
    }
    .report {
      margin: 0;
    }
  }
`;
