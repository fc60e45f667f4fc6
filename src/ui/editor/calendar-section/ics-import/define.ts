import { CsIcsImport } from './ics-import.ts';

if (!customElements.get('cs-ics-import')) customElements.define('cs-ics-import', CsIcsImport);
