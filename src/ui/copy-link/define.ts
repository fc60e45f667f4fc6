import { CsCopyLink } from './copy-link.ts';

if (!customElements.get('cs-copy-link')) customElements.define('cs-copy-link', CsCopyLink);
