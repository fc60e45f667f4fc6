import { CsPlansSection } from './plans-section.ts';

if (!customElements.get('cs-plans-section'))
  customElements.define('cs-plans-section', CsPlansSection);
