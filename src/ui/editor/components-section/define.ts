import { CsComponentsSection } from './components-section.ts';

if (!customElements.get('cs-components-section'))
  customElements.define('cs-components-section', CsComponentsSection);
