import { CsYamlEditor } from './yaml-editor.ts';

if (!customElements.get('cs-yaml-editor')) customElements.define('cs-yaml-editor', CsYamlEditor);
