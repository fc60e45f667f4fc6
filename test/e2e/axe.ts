/**
 * The accessibility gate's helper: runs axe-core (through @axe-core/playwright, which reaches
 * into the Lit components' open shadow roots) on what a page shows now, and fails with a list a
 * developer can act on: rule, impact, the element's selector (shadow hosts joined by ' >> '),
 * what axe found and where to read about the rule.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { NodeResult, Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** The impacts the gate refuses. Moderate and minor findings are reported by axe but let pass. */
const refused = new Set(['serious', 'critical']);
/**
 * Moderate rules refused all the same: a page has one banner, one main and one content-info
 * landmark, dialogs included (the glossary once added a second banner).
 */
const refusedRules = new Set([
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main',
]);

/**
 * WCAG 2.0, 2.1 and 2.2 A and AA, axe's best practices (one banner landmark, ...) and its
 * experimental rules (label-content-name-mismatch: the accessible name contains the visible text).
 */
const tags = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
  'experimental',
];

export interface AxeOptions {
  /** CSS selectors of regions to leave out, each with the reason in a comment where it is used. */
  readonly exclude?: readonly string[];
}

/** The serious and critical violations on the page as it is now (and duplicate landmarks). */
export async function seriousViolations(page: Page, options: AxeOptions = {}): Promise<Result[]> {
  // in the page (legacy mode: no extra page per check), violations only (a quarter of the time)
  let builder = new AxeBuilder({ page })
    .withTags(tags)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations.filter((v) => refused.has(v.impact ?? '') || refusedRules.has(v.id));
}

/** Elements listed per rule; the rest are counted. */
const shown = 5;

/** One line per element: what a developer needs to find and fix it. */
export function describeViolations(where: string, violations: readonly Result[]): string {
  const count = violations.reduce((n, v) => n + v.nodes.length, 0);
  const lines = [
    `${where}: ${count} accessibility violation${count === 1 ? '' : 's'} the gate refuses (axe-core; serious, critical, duplicate landmarks):`,
  ];
  for (const v of violations) {
    lines.push(`- ${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.helpUrl}`);
    for (const node of v.nodes.slice(0, shown))
      lines.push(`    at ${target(node)}\n      ${summary(node)}`);
    if (v.nodes.length > shown) lines.push(`    ... and ${v.nodes.length - shown} more like these`);
  }
  return lines.join('\n');
}

/** Throws with the list when the page has any serious or critical violation. */
export async function expectAccessible(
  page: Page,
  where: string,
  options: AxeOptions = {},
): Promise<void> {
  const violations = await seriousViolations(page, options);
  if (violations.length) throw new Error(describeViolations(where, violations));
}

function target(node: NodeResult): string {
  return node.target
    .map((part) => (Array.isArray(part) ? part.join(' >> ') : String(part)))
    .join(' | ');
}

function summary(node: NodeResult): string {
  const text = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
  const html = node.html.replace(/\s+/g, ' ').slice(0, 160);
  return `${text} [${html}]`;
}
