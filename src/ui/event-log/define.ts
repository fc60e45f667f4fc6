import { CsEventLog } from './event-log.ts';

if (!customElements.get('cs-event-log')) customElements.define('cs-event-log', CsEventLog);
