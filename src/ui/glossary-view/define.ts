import { CsGlossary } from './glossary-view.ts';

if (!customElements.get('cs-glossary')) customElements.define('cs-glossary', CsGlossary);
