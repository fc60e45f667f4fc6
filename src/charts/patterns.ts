/**
 * Fill patterns, so that state is never shown by colour alone: each state has a `<pattern>`
 * holding its palette colour plus a texture (down/failed: diagonal hatch; degraded: dots;
 * overloaded: horizontal lines; recovering: back-diagonal dashes; closed days: cross-hatch).
 * `ensurePatterns(svg)` defines them once in the svg's `<defs>` (idempotent); shapes then use
 * `fill="url(#cs-fill-<name>)"`. Every svg that draws states holds identical definitions, so
 * the ids may repeat across charts on one page without changing what is drawn.
 */
import * as d3 from 'd3';
import { color, type PaletteRole } from './palette.ts';

type Texture = 'none' | 'hatch' | 'dots' | 'lines' | 'back-dashes' | 'cross';

/** Pattern name -> background colour role and texture. */
export const PATTERNS = {
  up: ['up', 'none'],
  degraded: ['degraded', 'dots'],
  down: ['down', 'hatch'],
  operational: ['operational', 'none'],
  overloaded: ['overloaded', 'lines'],
  failed: ['failed', 'hatch'],
  recovering: ['recovering', 'back-dashes'],
  closed: ['closed', 'cross'],
} as const satisfies Record<string, readonly [PaletteRole, Texture]>;

export type PatternName = keyof typeof PATTERNS;

export const patternId = (name: PatternName): string => `cs-fill-${name}`;

/** The fill attribute value that paints a shape with the state's pattern. */
export const patternFill = (name: PatternName): string => `url(#${patternId(name)})`;

const SIZE = 8;

const TEXTURES: Record<Texture, string> = {
  none: '',
  hatch: `M-2,2 l4,-4 M0,${SIZE} l${SIZE},-${SIZE} M${SIZE - 2},${SIZE + 2} l4,-4`,
  dots: `M2.5,4 a1.5,1.5 0 1,0 3,0 a1.5,1.5 0 1,0 -3,0`,
  lines: `M0,${SIZE / 2} h${SIZE}`,
  'back-dashes': `M1,1 l3,3 M5,5 l2,2`,
  cross: `M0,0 l${SIZE},${SIZE} M0,${SIZE} l${SIZE},-${SIZE}`,
};

/** Defines every pattern in `svg`'s `<defs>` (created once, updated in place). */
export function ensurePatterns(svg: SVGSVGElement): void {
  const defs = d3
    .select(svg)
    .selectChildren<SVGDefsElement, unknown>('defs.cs-patterns')
    .data([null])
    .join((enter) => enter.insert('defs', ':first-child').attr('class', 'cs-patterns'));
  const entries = Object.entries(PATTERNS) as [PatternName, readonly [PaletteRole, Texture]][];
  const pattern = defs
    .selectChildren<SVGPatternElement, [PatternName, readonly [PaletteRole, Texture]]>('pattern')
    .data(entries, (d) => d[0])
    .join((enter) => {
      const p = enter.append('pattern');
      p.append('rect');
      return p;
    })
    .attr('id', ([name]) => patternId(name))
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', SIZE)
    .attr('height', SIZE);
  pattern
    .select('rect')
    .attr('width', SIZE)
    .attr('height', SIZE)
    .attr('fill', ([, [role]]) => color(role));
  pattern
    .selectAll<SVGPathElement, Texture>('path.cs-texture')
    .data(([, [, texture]]) => (texture === 'none' ? [] : [texture]))
    .join('path')
    .attr('class', 'cs-texture')
    .attr('d', (t) => TEXTURES[t])
    .attr('fill', (t) => (t === 'dots' ? color('pattern-ink') : 'none'))
    .attr('fill-opacity', (t) => (t === 'dots' ? 0.55 : null))
    .attr('stroke', (t) => (t === 'dots' ? null : color('pattern-ink')))
    .attr('stroke-opacity', (t) => (t === 'dots' ? null : 0.45))
    .attr('stroke-width', (t) => (t === 'dots' ? null : t === 'cross' ? 1 : 1.5));
}
