/**
 * A standalone copy of a chart: `svgToString(svg)` clones the svg, adds the SVG namespaces and
 * replaces every `var(--cs-…, fallback)` with the value the page currently computes for it (the
 * fallback when the property is unset or there is no window), so an exported file looks as it
 * does on screen, light or dark theme. PNG export happens in the UI.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*?))?\s*\)/g;

/** Replaces each `var(--x, fb)` in `text` by `lookup('--x')`, else `fb`, else leaves it. */
export function inlineVars(text: string, lookup: (name: string) => string): string {
  return text.replace(VAR, (all, name: string, fallback: string | undefined) => {
    const value = lookup(name).trim();
    return value || fallback?.trim() || all;
  });
}

export function svgToString(svg: SVGSVGElement): string {
  const view = svg.ownerDocument.defaultView;
  const style = view ? view.getComputedStyle(svg) : null;
  const lookup = (name: string) => style?.getPropertyValue(name) ?? '';
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('xmlns:xlink', XLINK_NS);
  const rect = svg.getAttribute('width') ? null : svg.getBoundingClientRect();
  if (rect && rect.width > 0) {
    clone.setAttribute('width', String(rect.width));
    clone.setAttribute('height', String(rect.height));
  }
  for (const el of [clone, ...Array.from(clone.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.value.includes('var(')) el.setAttribute(attr.name, inlineVars(attr.value, lookup));
    }
  }
  const markup = view ? new view.XMLSerializer().serializeToString(clone) : clone.outerHTML;
  return markup.startsWith('<?xml') ? markup : `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`;
}
