/**
 * Join helpers shared by the renderers: a named `<g>` layer created once under a parent and
 * reused on every redraw, and a shape-with-tooltip join (each shape carries its `<title>`).
 */
import type * as d3 from 'd3';

/** The child `<g class="name">` of `parent`, created on the first call. */
export function layer<P extends SVGGElement | SVGSVGElement>(
  parent: d3.Selection<P, unknown, null, undefined>,
  name: string,
): d3.Selection<SVGGElement, unknown, null, undefined> {
  const existing = parent.selectChild<SVGGElement>(`g.${name}`);
  const g = existing.empty() ? parent.append('g').attr('class', name) : existing;
  return g;
}

/** Joins `data` to `tag` children of class `cls`, each with a `<title>` child. */
export function joinWithTitle<E extends SVGElement, T>(
  parent: d3.Selection<SVGGElement, unknown, null, undefined>,
  tag: string,
  cls: string,
  data: readonly T[],
  key: (d: T, i: number) => string,
  title: (d: T) => string,
): d3.Selection<E, T, SVGGElement, unknown> {
  const sel = parent
    .selectChildren<E, T>(`${tag}.${cls}`)
    .data(data, (d, i) => key(d, i))
    .join((enter) => {
      const e = enter.append(tag).attr('class', cls) as unknown as d3.Selection<
        E,
        T,
        SVGGElement,
        unknown
      >;
      e.append('title');
      return e;
    });
  sel.select('title').text((d) => title(d));
  return sel.order();
}
