import { css } from 'lit';

/** The host box; the editor inside takes the app's theme tokens (see theme.ts). */
export const yamlEditorStyles = css`
  :host {
    /* Anchors, aliases and tags: rare in scenarios, a colour apart from keys and strings. */
    --cs-yaml-tag: #7a3bd1;

    display: block;
    box-sizing: border-box;
    height: 24rem;
    min-height: 8rem;
    border: 1px solid var(--cs-border);
    border-radius: 6px;
    overflow: hidden;
    background: var(--cs-surface);
  }

  @media screen and (prefers-color-scheme: dark) {
    :host {
      --cs-yaml-tag: #c4a7ff;
    }
  }

  .editor {
    height: 100%;
  }
`;
