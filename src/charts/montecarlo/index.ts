/** The Monte Carlo charts: histogram, cumulative distribution, parameter sweep, tornado. */
export { renderCdf, cdfPoints, type CdfData, type CdfOptions } from './cdf.ts';
export {
  renderHistogram,
  type HistogramBar,
  type HistogramData,
  type HistogramOptions,
  type Target,
} from './histogram.ts';
export { renderSweep, type SweepData, type SweepOptions, type SweepPoint } from './sweep.ts';
export {
  renderTornado,
  tornadoHeight,
  type TornadoData,
  type TornadoOptions,
  type TornadoRow,
} from './tornado.ts';
