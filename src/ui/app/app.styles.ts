import { css } from 'lit';

/**
 * Theme tokens (light and dark follow the system; paper is always light, so a report printed
 * from the dark theme keeps its contrast) and the page layout.
 */
export const appStyles = css`
  :host {
    /* Okabe-Ito based state colours: safe for the common colour-vision deficiencies. */
    --cs-up: #009e73;
    --cs-degraded: #e69f00;
    --cs-down: #d55e00;
    --cs-good: #00704f;
    --cs-bg: #f6f7f9;
    --cs-surface: #ffffff;
    --cs-text: #1c2330;
    --cs-ink: #1c2330;
    --cs-muted: #5b6577;
    --cs-border: #d9dee6;
    --cs-grid: #d9dee6;
    --cs-hover: #eef3fb;
    --cs-accent: #0b5cad;
    --cs-on-accent: #ffffff;
    --cs-danger: #b42318;
    --cs-danger-bg: #fef3f2;
    --cs-warning: #8a5a00;
    --cs-playhead: #1c2330;
    --cs-demand: #1c2330;
    --cs-pattern-ink: #000000;

    display: block;
    min-height: 100vh;
    box-sizing: border-box;
    padding: 1rem 1.25rem 2rem;
    background: var(--cs-bg);
    color: var(--cs-text);
    font:
      15px/1.45 system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif;
  }

  @media screen and (prefers-color-scheme: dark) {
    :host {
      --cs-good: #4fd1a5;
      --cs-bg: #0f1318;
      --cs-surface: #171c23;
      --cs-text: #e4e8ee;
      --cs-ink: #e4e8ee;
      --cs-muted: #9aa4b2;
      --cs-border: #2f3742;
      --cs-grid: #2f3742;
      --cs-hover: #1f2a38;
      --cs-accent: #6ea8fe;
      --cs-on-accent: #0f1318;
      --cs-danger: #ff8f84;
      --cs-danger-bg: #2a1614;
      --cs-warning: #f2c14e;
      --cs-playhead: #f5f7fa;
      --cs-demand: #e4e8ee;
      --cs-pattern-ink: #ffffff;
    }
  }

  cs-scenario-header {
    display: block;
    margin-bottom: 0.75rem;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 23rem;
    grid-template-rows: auto auto auto auto 1fr;
    grid-template-areas:
      'intro intro'
      'playback playback'
      'timeline side'
      'topology side'
      'log side';
    gap: 0.75rem 1rem;
    align-items: start;
  }
  .intro {
    grid-area: intro;
  }
  .layout.single {
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: none;
    grid-template-areas: 'intro' 'bia';
  }
  .bia {
    grid-area: bia;
    min-width: 0;
  }
  .tabs {
    display: flex;
    gap: 0.25rem;
    margin-top: 0.6rem;
    border-bottom: 1px solid var(--cs-border);
  }
  .tabs button {
    border-radius: 6px 6px 0 0;
    border-bottom: none;
    margin-bottom: -1px;
  }
  cs-exercise-view {
    margin-top: 1rem;
  }
  .tabs .teach {
    margin-left: auto;
    display: flex;
    gap: 0.25rem;
  }
  .tabs .teach button {
    border-radius: 6px;
    border-bottom: 1px solid var(--cs-border);
    margin-bottom: 0.25rem;
  }
  .tabs button[aria-pressed='true'] {
    background: var(--cs-bg);
    border-color: var(--cs-border);
    font-weight: 700;
    border-bottom: 1px solid var(--cs-bg);
  }
  .variant {
    margin-top: 0.5rem;
    padding: 0.4rem 0.75rem;
    border: 1px solid var(--cs-accent);
    border-radius: 6px;
    background: var(--cs-surface);
    font-size: 0.9rem;
  }
  .variant .edit {
    display: inline-block;
    margin: 0 0.4rem;
    padding: 0 0.4rem;
    border-radius: 4px;
    background: var(--cs-hover);
  }
  .variant .edit button {
    padding: 0 0.3rem;
    font-size: 0.8rem;
  }
  @media print {
    :host {
      padding: 0;
      background: #fff;
      color: #000;
    }
    cs-scenario-header,
    .tabs,
    .notice,
    .run-facts,
    cs-tour {
      display: none;
    }
    /* the after-action report prints on its own */
    main.exercise {
      display: none;
    }
  }
  .playback {
    grid-area: playback;
    position: sticky;
    top: 0;
    z-index: 10;
    padding: 0.5rem 0.75rem;
    background: var(--cs-surface);
    border: 1px solid var(--cs-border);
    border-radius: 8px;
  }
  .timeline {
    grid-area: timeline;
    min-width: 0;
  }
  .topology {
    grid-area: topology;
    min-width: 0;
  }
  .side {
    grid-area: side;
    min-width: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
  }
  .log {
    grid-area: log;
  }
  /* Below a tall timeline (one lane per component), drawn only once scrolled near. */
  .topology,
  .log {
    content-visibility: auto;
    contain-intrinsic-size: auto 20rem;
  }
  @media (max-width: 60rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: none;
      grid-template-areas: 'intro' 'playback' 'timeline' 'topology' 'side' 'log';
    }
  }

  h1 {
    margin: 0;
    font-size: 1.5rem;
    line-height: 1.2;
  }
  .description {
    margin: 0.25rem 0 0;
    max-width: 60rem;
    color: var(--cs-muted);
  }
  .run-facts,
  .zone-facts {
    margin: 0.25rem 0 0;
    font-size: 0.85rem;
    color: var(--cs-muted);
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  /* A run being replaced: its views dim after a moment (a quick run never flickers). */
  .layout.stale > :not(.intro) {
    opacity: 0.45;
    transition: opacity 150ms ease 300ms;
  }
  .run-status {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0.25rem 0 0;
    font-size: 0.85rem;
  }
  .intro .problem {
    margin: 0.5rem 0 0;
  }
  .problem .hint {
    margin-left: 0.5rem;
    font-size: 0.85rem;
    color: var(--cs-muted);
  }
  .spinner {
    width: 0.8rem;
    height: 0.8rem;
    border: 2px solid var(--cs-border);
    border-top-color: var(--cs-accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }

  .problem,
  .notice {
    margin: 0 0 0.75rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--cs-danger);
    border-radius: 8px;
    background: var(--cs-danger-bg);
  }
  .notice {
    border-color: var(--cs-warning);
    background: var(--cs-surface);
  }
  .problem h1,
  .problem h2 {
    margin: 0 0 0.5rem;
    font-size: 1.1rem;
    color: var(--cs-danger);
  }
  .problem a {
    color: var(--cs-accent);
  }
  .issues {
    margin: 0.5rem 0;
    padding: 0;
    list-style: none;
  }
  .issues pre {
    margin: 0 0 0.35rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font:
      0.85rem/1.4 ui-monospace,
      SFMono-Regular,
      Menlo,
      Consolas,
      monospace;
  }
  .warnings {
    padding: 0.5rem 0.75rem;
    border-left: 3px solid var(--cs-warning);
    background: var(--cs-surface);
  }
`;
