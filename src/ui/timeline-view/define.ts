import { CsTimelineView } from './timeline-view.ts';

if (!customElements.get('cs-timeline-view'))
  customElements.define('cs-timeline-view', CsTimelineView);
