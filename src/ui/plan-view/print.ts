/**
 * Printing the continuity plan: while the Plan tab shows a document, a copy of it is kept in a
 * container at the end of the page's body, hidden on screen; the print stylesheet
 * (print-styles.ts) then prints that container alone, on A4, with no app chrome. So both the
 * Print button and the browser's own Print (Ctrl+P) print the plan from this tab.
 */
import { render, type TemplateResult } from 'lit';
import { PLAN_PRINT_CSS } from './print-styles.ts';

export const PRINT_ID = 'cs-plan-print';
const STYLE_ID = 'cs-plan-print-style';
const READY = 'cs-plan-ready';

/** Puts (or updates) the document to print; null takes it away. */
export function setPrintedPlan(template: TemplateResult | null, title: string | null = null): void {
  let container = document.getElementById(PRINT_ID);
  if (template === null) {
    container?.remove();
    document.documentElement.classList.remove(READY);
    return;
  }
  if (!document.getElementById(STYLE_ID)) {
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = PLAN_PRINT_CSS;
    document.head.append(style);
  }
  if (!container) {
    container = document.createElement('div');
    container.id = PRINT_ID;
    document.body.append(container);
  }
  if (title) container.dataset.title = title;
  render(template, container);
  document.documentElement.classList.add(READY);
}

/** Prints the plan set by setPrintedPlan; the PDF's default name is the document's title. */
export function printPlan(): void {
  const title = document.getElementById(PRINT_ID)?.dataset.title;
  const before = document.title;
  if (title) document.title = title;
  try {
    window.print();
  } finally {
    document.title = before;
  }
}
