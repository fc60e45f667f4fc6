import { CsLibraryPanel } from './library-panel.ts';

if (!customElements.get('cs-library-panel'))
  customElements.define('cs-library-panel', CsLibraryPanel);
