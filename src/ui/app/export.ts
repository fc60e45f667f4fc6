/** Exports of a run: the timeline as SVG or PNG, the trace as JSON or CSV. */
import { traceCsvChunks, traceJsonChunks } from '../../analysis/trace-export.ts';
import { svgToString } from '../../charts/export.ts';
import { download, svgToPng } from './download.ts';
import type { Run } from './run.ts';

export type ExportKind = 'trace-json' | 'trace-csv' | 'timeline-svg' | 'timeline-png';

export async function exportRun(
  what: ExportKind,
  run: Run,
  scenarioId: string,
  svg: SVGSVGElement | null,
): Promise<void> {
  const base = `${scenarioId.replace(/^file:/, '').replace(/\.(ya?ml|json)$/, '')}-seed-${run.seed}`;
  switch (what) {
    case 'trace-json':
      // In chunks: a Blob of many strings, never one string as long as the trace.
      return download(
        `${base}-trace.json`,
        new Blob([...traceJsonChunks(run.scenario, run.trace)], { type: 'application/json' }),
      );
    case 'trace-csv':
      return download(
        `${base}-trace.csv`,
        new Blob([...traceCsvChunks(run.scenario, run.trace)], { type: 'text/csv' }),
      );
    case 'timeline-svg':
    case 'timeline-png': {
      if (!svg) throw new Error('the timeline is not on screen');
      const text = svgToString(svg);
      if (what === 'timeline-svg') return download(`${base}-timeline.svg`, text, 'image/svg+xml');
      const { width, height } = svg.getBoundingClientRect();
      return download(`${base}-timeline.png`, await svgToPng(text, width, height));
    }
  }
}
