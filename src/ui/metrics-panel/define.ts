import { CsMetricsPanel } from './metrics-panel.ts';

if (!customElements.get('cs-metrics-panel'))
  customElements.define('cs-metrics-panel', CsMetricsPanel);
