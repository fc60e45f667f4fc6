import { CsInjectsSection } from './injects-section.ts';

if (!customElements.get('cs-injects-section'))
  customElements.define('cs-injects-section', CsInjectsSection);
