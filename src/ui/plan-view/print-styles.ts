/**
 * The continuity plan's styles: DOCUMENT_CSS lays out the document (screen preview and paper
 * alike, every rule under `.plan-document`); PLAN_PRINT_CSS is the page's print stylesheet:
 * A4 with margins, only the plan (no app chrome), paper colours whatever the theme, a page
 * per major section and per recovery plan, table headers repeated and rows kept whole.
 */
export const DOCUMENT_CSS = `
.plan-document { line-height: 1.45; max-width: 60rem; }
.plan-document h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
.plan-document h2 { font-size: 1.25rem; margin: 1.6rem 0 0.5rem; padding-bottom: 0.2rem; border-bottom: 2px solid currentColor; }
.plan-document h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
.plan-document h4 { font-size: 0.95rem; margin: 0.9rem 0 0.3rem; }
.plan-document .meta { margin: 0 0 1rem; opacity: 0.85; }
.plan-document blockquote { margin: 0.5rem 0; padding-left: 0.8rem; border-left: 3px solid #8893a4; }
.plan-document table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 0.8rem; font-size: 0.85rem; }
.plan-document caption { caption-side: top; text-align: left; font-weight: 600; padding: 0.2rem 0; }
.plan-document th, .plan-document td { border: 1px solid #8893a4; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
.plan-document thead th { background: rgba(136, 147, 164, 0.18); }
.plan-document tbody th { font-weight: 500; }
.plan-document .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.plan-document table.impact { font-size: 0.75rem; }
.plan-document table.impact td:first-child { min-width: 11em; }
.plan-document table.impact td:nth-child(4) { min-width: 7em; }
.plan-document ul.tree { list-style: none; padding-left: 0; }
.plan-document ul.tree li::before { content: '– '; }
.plan-document dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
.plan-document dt { font-weight: 600; }
.plan-document dd { margin: 0; }
.plan-document figure { margin: 0.4rem 0; }
.plan-document figure svg { max-width: 100%; height: auto; }
.plan-document figcaption { font-size: 0.8rem; opacity: 0.85; }
.plan-document .flag { color: #b42318; font-weight: 600; }
.plan-document .reach { white-space: nowrap; }
.plan-document p.fit.does-not-fit strong:nth-of-type(2) { color: #b42318; }
`;

export const PLAN_PRINT_CSS = `
@media screen {
  #cs-plan-print { display: none; }
}
@media print {
  @page { size: A4; margin: 16mm 14mm 18mm; }
  html.cs-plan-ready, html.cs-plan-ready body { background: #fff !important; color: #000 !important; margin: 0; padding: 0; }
  html.cs-plan-ready body > :not(#cs-plan-print) { display: none !important; }
  #cs-plan-print {
    display: block;
    font: 10pt/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    color: #000;
    --cs-up: #009e73; --cs-degraded: #e69f00; --cs-down: #d55e00; --cs-good: #00704f;
    --cs-bg: #fff; --cs-surface: #fff; --cs-text: #000; --cs-ink: #000; --cs-muted: #444;
    --cs-border: #999; --cs-grid: #ccc; --cs-accent: #0b5cad; --cs-pattern-ink: #000;
  }
  ${DOCUMENT_CSS}
  #cs-plan-print .plan-document { max-width: none; }
  #cs-plan-print .plan-document h1 { font-size: 20pt; }
  #cs-plan-print .plan-document h2 { font-size: 14pt; margin-top: 0; }
  #cs-plan-print .plan-document table { font-size: 8.5pt; }
  #cs-plan-print .plan-document table.impact { font-size: 7.5pt; }
  #cs-plan-print .plan-document th, #cs-plan-print .plan-document td { border-color: #777; }
  #cs-plan-print .plan-document thead { display: table-header-group; }
  #cs-plan-print .plan-document tr, #cs-plan-print .plan-document figure, #cs-plan-print .plan-document dl { break-inside: avoid; }
  #cs-plan-print .plan-document h2, #cs-plan-print .plan-document h3, #cs-plan-print .plan-document h4, #cs-plan-print .plan-document caption { break-after: avoid; }
  #cs-plan-print .plan-document .page-break { break-before: page; }
  #cs-plan-print .plan-document section.plan + section.plan { break-before: page; }
}
`;
