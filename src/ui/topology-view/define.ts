import { CsTopologyView } from './topology-view.ts';

if (!customElements.get('cs-topology-view'))
  customElements.define('cs-topology-view', CsTopologyView);
