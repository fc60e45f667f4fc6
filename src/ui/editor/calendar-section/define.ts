import { CsCalendarSection } from './calendar-section.ts';
import { CsYearView } from './year-view.ts';

if (!customElements.get('cs-year-view')) customElements.define('cs-year-view', CsYearView);
if (!customElements.get('cs-calendar-section'))
  customElements.define('cs-calendar-section', CsCalendarSection);
