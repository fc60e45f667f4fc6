import { css } from 'lit';

export const appStyles = css`
  :host {
    --cs-bg: #f7f8fa;
    --cs-surface: #ffffff;
    --cs-text: #1c2330;
    --cs-muted: #5b6577;
    --cs-border: #dde2ea;
    --cs-accent: #1f6feb;
    --cs-danger: #b42318;
    --cs-danger-bg: #fef3f2;
    --cs-warning: #8a5a00;

    display: block;
    min-height: 100vh;
    box-sizing: border-box;
    padding: 2.5rem 1.5rem;
    background: var(--cs-bg);
    color: var(--cs-text);
    font:
      16px/1.5 system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --cs-bg: #0f1318;
      --cs-surface: #171c23;
      --cs-text: #e4e8ee;
      --cs-muted: #9aa4b2;
      --cs-border: #2b323c;
      --cs-accent: #6ea8fe;
      --cs-danger: #ff8f84;
      --cs-danger-bg: #2a1614;
      --cs-warning: #f2c14e;
    }
  }

  main {
    max-width: 56rem;
    margin: 0 auto;
  }

  .eyebrow {
    margin: 0;
    color: var(--cs-muted);
    font-size: 0.8rem;
    font-weight: 600;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }

  h1 {
    margin: 0.25rem 0 0.75rem;
    font-size: 2rem;
    line-height: 1.2;
  }

  .description {
    margin: 0 0 2rem;
    max-width: 44rem;
    color: var(--cs-muted);
  }

  table {
    width: 100%;
    border-collapse: collapse;
    background: var(--cs-surface);
    border: 1px solid var(--cs-border);
    border-radius: 8px;
    overflow: hidden;
  }

  caption {
    padding-bottom: 0.5rem;
    text-align: left;
    font-weight: 600;
  }

  th,
  td {
    padding: 0.6rem 0.9rem;
    border-bottom: 1px solid var(--cs-border);
    text-align: left;
  }

  th {
    color: var(--cs-muted);
    font-size: 0.85rem;
    font-weight: 600;
  }

  tbody tr:last-child td {
    border-bottom: none;
  }

  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }

  code,
  pre {
    font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
    font-size: 0.9em;
  }

  .facts {
    margin: 1rem 0 0;
    color: var(--cs-muted);
  }

  .problem {
    padding: 1.25rem 1.5rem;
    border: 1px solid var(--cs-danger);
    border-radius: 8px;
    background: var(--cs-danger-bg);
  }

  .problem h1 {
    margin-top: 0;
    font-size: 1.4rem;
    color: var(--cs-danger);
  }

  a {
    color: var(--cs-accent);
  }

  .issues {
    margin: 1rem 0 0;
    padding: 0;
    list-style: none;
  }

  .issues pre {
    margin: 0 0 0.5rem;
    white-space: pre-wrap;
  }

  .warnings {
    margin-top: 1.5rem;
    padding: 0.75rem 1rem 0.25rem;
    border-left: 3px solid var(--cs-warning);
    background: var(--cs-surface);
    color: var(--cs-warning);
  }
`;
