import { CsApp } from './app.ts';

if (!customElements.get('cs-app')) customElements.define('cs-app', CsApp);
