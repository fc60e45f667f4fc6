import { CsEditorView } from './editor-view.ts';

if (!customElements.get('cs-editor-view')) customElements.define('cs-editor-view', CsEditorView);
