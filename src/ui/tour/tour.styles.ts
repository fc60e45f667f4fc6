import { css } from 'lit';

export const tourStyles = css`
  :host {
    display: contents;
  }
  .highlight {
    position: fixed;
    z-index: 900;
    pointer-events: none;
    border: 3px solid var(--cs-accent, #0072b2);
    border-radius: 8px;
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--cs-accent, #0072b2) 25%, transparent);
    transition:
      top 0.2s ease,
      left 0.2s ease,
      width 0.2s ease,
      height 0.2s ease;
  }
  .callout {
    position: fixed;
    z-index: 901;
    box-sizing: border-box;
    width: min(24rem, calc(100vw - 16px));
    padding: 0.9rem 1rem 0.8rem;
    border: 1px solid var(--cs-border, #ccc);
    border-radius: 10px;
    background: var(--cs-surface, #fff);
    color: var(--cs-text, #111);
    box-shadow: 0 8px 28px rgb(0 0 0 / 0.25);
    line-height: 1.45;
  }
  .callout:focus {
    outline: none;
  }
  .callout:focus-visible {
    outline: 2px solid var(--cs-accent, #0072b2);
    outline-offset: 2px;
  }
  .count {
    margin: 0;
    font-size: 0.8rem;
    color: var(--cs-muted, #555);
  }
  h2 {
    margin: 0.15rem 0 0.4rem;
    font-size: 1.05rem;
  }
  .text {
    margin: 0 0 0.5rem;
    font-size: 0.92rem;
  }
  .term {
    margin: 0 0 0.7rem;
    font-size: 0.85rem;
    color: var(--cs-muted, #555);
  }
  .term cs-term {
    color: var(--cs-text, #111);
  }
  .actions {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .actions .spacer {
    flex: 1;
  }
  @media (prefers-reduced-motion: reduce) {
    .highlight {
      transition: none;
    }
  }
`;
