/** Markdown building blocks for the continuity plan document: escaped cells, tables, lists. */

/** Text in a table cell: pipes escaped, line breaks as spaces. */
export const cell = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

/** Text in running prose: the characters Markdown would read as markup escaped. */
export const prose = (text: string): string => text.replace(/([\\`*_[\]<>|#])/g, '\\$1');

/** A table; `right` marks the columns aligned right (numbers). */
export function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `|${head.map((_, i) => (right.includes(i) ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

/** A nested bullet list from (depth, text) lines. */
export const bullets = (lines: readonly { depth: number; text: string }[]): string =>
  lines.map((l) => `${'  '.repeat(l.depth)}- ${prose(l.text)}`).join('\n');
