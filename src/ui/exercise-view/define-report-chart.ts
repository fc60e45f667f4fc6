import { CsReportChart } from './report-chart.ts';

if (!customElements.get('cs-report-chart')) customElements.define('cs-report-chart', CsReportChart);
