import { CsEditEffect } from './edit-effect.ts';

if (!customElements.get('cs-edit-effect')) customElements.define('cs-edit-effect', CsEditEffect);

declare global {
  interface HTMLElementTagNameMap {
    'cs-edit-effect': CsEditEffect;
  }
}
