import { CsBiaView } from './bia-view.ts';

if (!customElements.get('cs-bia-view')) customElements.define('cs-bia-view', CsBiaView);
