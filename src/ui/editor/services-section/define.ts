import { CsServicesSection } from './services-section.ts';

if (!customElements.get('cs-services-section'))
  customElements.define('cs-services-section', CsServicesSection);
