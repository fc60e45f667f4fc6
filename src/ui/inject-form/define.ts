import { CsInjectForm } from './inject-form.ts';

if (!customElements.get('cs-inject-form')) customElements.define('cs-inject-form', CsInjectForm);
