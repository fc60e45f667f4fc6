import { CsCalendarSection } from './calendar-section.ts';

if (!customElements.get('cs-calendar-section'))
  customElements.define('cs-calendar-section', CsCalendarSection);
