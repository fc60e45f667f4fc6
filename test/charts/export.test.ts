import { afterAll, describe, expect, it } from 'vitest';
import { inlineVars, svgToString } from '../../src/charts/export.ts';
import { renderTimeline } from '../../src/charts/timeline.ts';
import { days } from '../../src/core/time.ts';
import { newDocument, newSvg } from './dom.ts';
import { weekModel } from './fixture.ts';

const { document, close } = newDocument();
afterAll(close);

describe('inlineVars', () => {
  it('replaces var(--x, fallback) by the computed value, else the fallback', () => {
    const lookup = (name: string) => (name === '--cs-down' ? ' #ff0000 ' : '');
    expect(inlineVars('var(--cs-down, #D55E00)', lookup)).toBe('#ff0000');
    expect(inlineVars('var(--cs-up, #009E73)', lookup)).toBe('#009E73');
    expect(inlineVars('var(--cs-up)', lookup)).toBe('var(--cs-up)');
  });
});

describe('svgToString', () => {
  it('makes a standalone svg with namespaces and no CSS variables left', () => {
    const svg = newSvg(document);
    renderTimeline(svg, weekModel, { width: 800, from: 0, to: days(7), playhead: null });
    const text = svgToString(svg);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).not.toContain('var(--');
    expect(text).toContain('fill="#D55E00"');
    expect(svg.outerHTML).toContain('var(--cs-down, #D55E00)');
  });
});
