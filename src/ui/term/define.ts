import { CsTerm } from './term.ts';

if (!customElements.get('cs-term')) customElements.define('cs-term', CsTerm);
