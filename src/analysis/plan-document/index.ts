/**
 * The continuity plan as a document: buildPlanDocument(input) makes the structured value
 * (types.ts), planDocumentMarkdown(doc) writes it as Markdown. Pure: the date and the
 * library's history are passed in; the numbers come from the BIA and from simulations.
 */
export { buildPlanDocument, UnknownServiceError, type PlanDocumentInput } from './build.ts';
export { NO_HISTORY, planDocumentMarkdown, SECTION_TITLES } from './markdown.ts';
export { addPeriod, reviewFlags, reviewStatus, type ReviewStatus } from './review.ts';
export { mermaidFlowchart, diagramList } from './diagram-text.ts';
export { fitParts, waitsText, whenText, FIT_WORDS, type TextPart } from './fit-text.ts';
export * from './types.ts';
