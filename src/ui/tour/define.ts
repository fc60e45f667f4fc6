import { CsTour } from './tour.ts';

if (!customElements.get('cs-tour')) customElements.define('cs-tour', CsTour);
