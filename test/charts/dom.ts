/**
 * A private happy-dom window per test file (no DOM globals: charts get the document through
 * the svg they draw into), plus the snapshot helpers: numbers rounded to one decimal and one
 * element per line so diffs stay readable.
 */
import { Window } from 'happy-dom';

export const SVG_NS = 'http://www.w3.org/2000/svg';

export function newDocument(): { document: Document; close: () => Promise<void> } {
  const window = new Window({ width: 1200, height: 800 });
  return {
    document: window.document as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}

export function newSvg(document: Document): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  document.body.appendChild(svg);
  return svg;
}

/** Rounds every decimal number in `text` to one decimal place (`12.3456` -> `12.3`, `4.0` -> `4`). */
export function roundNumbers(text: string): string {
  return text.replace(/-?\d+\.\d+/g, (n) => {
    const r = Math.round(Number(n) * 10) / 10;
    return String(Object.is(r, -0) ? 0 : r);
  });
}

/** Rounded markup with one tag per line. */
export const snapshotText = (svg: SVGSVGElement): string =>
  `${roundNumbers(svg.outerHTML).replace(/></g, '>\n<')}\n`;

/** How many elements of each tag the svg holds. */
export function countTags(svg: SVGSVGElement): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const el of Array.from(svg.querySelectorAll('*'))) {
    counts[el.tagName] = (counts[el.tagName] ?? 0) + 1;
  }
  return counts;
}
