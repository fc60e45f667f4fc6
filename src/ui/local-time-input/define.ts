import { CsLocalTimeInput } from './local-time-input.ts';

if (!customElements.get('cs-local-time-input'))
  customElements.define('cs-local-time-input', CsLocalTimeInput);
