import { CsAfterActionReport } from './report-view.ts';

if (!customElements.get('cs-after-action-report'))
  customElements.define('cs-after-action-report', CsAfterActionReport);
