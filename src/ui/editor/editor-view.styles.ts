import { css } from 'lit';

export const editorStyles = css`
  :host {
    display: block;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 0.6rem;
    align-items: center;
    margin-bottom: 0.5rem;
  }
  .toolbar h2 {
    margin: 0 0.5rem 0 0;
  }
  .status {
    font-size: 0.85rem;
    color: var(--cs-muted);
  }
  .status.error {
    color: var(--cs-breach, #b3261e);
    font-weight: 600;
  }
  /* The form never narrower than its widest row (a steps table with its up, down and remove
     buttons): the YAML beside it gives way, and scrolls. */
  .columns {
    display: grid;
    grid-template-columns: minmax(min-content, 3fr) minmax(0, 2fr);
    gap: 0.75rem;
    align-items: start;
  }
  @media (max-width: 1100px) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .yaml {
    position: sticky;
    top: 0.5rem;
  }
  cs-yaml-editor {
    height: 70vh;
  }
  nav.sections {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    margin-bottom: 0.5rem;
  }
  nav.sections button[aria-pressed='true'] {
    background: var(--cs-accent);
    color: var(--cs-on-accent);
    border-color: var(--cs-accent);
  }
  ul.errors {
    margin: 0.25rem 0 0.5rem;
    padding-left: 1.1rem;
    font-size: 0.85rem;
  }
  ul.errors button {
    all: unset;
    cursor: pointer;
    text-decoration: underline;
  }
  ul.errors button:focus-visible {
    outline: 2px solid var(--cs-accent);
  }
  .problem,
  .valid {
    border-left: 4px solid var(--cs-breach, #b3261e);
    padding: 0.4rem 0.75rem;
    margin-bottom: 0.5rem;
    background: var(--cs-surface);
  }
  .valid {
    border-left-color: var(--cs-good, #00704f);
  }
  .conflict .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.4rem;
  }
  .conflict pre.theirs {
    max-height: 16rem;
    overflow: auto;
    font-size: 0.8rem;
    background: var(--cs-bg, transparent);
  }
  .drop {
    outline: 3px dashed var(--cs-accent);
    outline-offset: 4px;
  }
  textarea {
    width: 100%;
    font-family: ui-monospace, monospace;
  }
  .aside {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
    gap: 0.75rem;
    margin-top: 0.75rem;
  }
`;
