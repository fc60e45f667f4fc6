/**
 * Styles for `<cs-local-time-input>`: it renders in its host's tree, so each host adds these
 * to its own styles.
 */
import { css } from 'lit';

export const localTimeInputStyles = css`
  cs-local-time-input {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.3rem;
    min-width: 0;
  }
  .cs-lt-note {
    font-size: 0.8rem;
    line-height: 1.35;
    max-width: 26rem;
    border-radius: 6px;
    padding: 0.35rem 0.5rem;
    margin: 0;
  }
  .cs-lt-refused {
    border: 1px solid var(--cs-down, #d55e00);
    color: var(--cs-text);
  }
  .cs-lt-refused .cs-lt-message {
    font-weight: 600;
  }
  .cs-lt-hint {
    display: block;
    color: var(--cs-muted);
  }
  .cs-lt-use {
    font-size: 0.8rem;
    padding: 0.1rem 0.45rem;
    margin: 0.25rem 0.3rem 0 0;
  }
  .cs-lt-twice {
    border: 1px solid var(--cs-degraded, #e69f00);
  }
  .cs-lt-twice legend {
    padding: 0 0.2rem;
  }
  .cs-lt-twice label {
    display: flex;
    gap: 0.35rem;
    align-items: center;
    color: var(--cs-text);
    font-size: 0.8rem;
  }
`;
