import { CsVersionsPanel } from './versions-panel.ts';

if (!customElements.get('cs-versions-panel'))
  customElements.define('cs-versions-panel', CsVersionsPanel);
