import { CsPlaybackBar } from './playback-bar.ts';

if (!customElements.get('cs-playback-bar')) customElements.define('cs-playback-bar', CsPlaybackBar);
