import { CsScenarioHeader } from './scenario-header.ts';

if (!customElements.get('cs-scenario-header'))
  customElements.define('cs-scenario-header', CsScenarioHeader);
