/**
 * `parseDocument` in two steps, with a depth guard between them. The yaml library's parser
 * (text to syntax tree) keeps its own stack, so any nesting is safe to read; its composer
 * (syntax tree to document) recurses once per level, so a file nested thousands deep fails
 * with "Maximum call stack size exceeded". Here the parser's stack is watched as it reads,
 * and reading stops at the first place deeper than `maxDepth`: block mappings, block
 * sequences (`- - -`), flow collections and quoted text are all counted the library's way.
 */
import {
  Composer,
  Lexer,
  Parser,
  YAMLParseError,
  type CST,
  type Document,
  type DocumentOptions,
  type LineCounter,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';

export type ComposeResult = { ok: true; doc: Document.Parsed } | { ok: false; tooDeepAt: number };

/**
 * The parser's stack holds the document, each open collection and the scalar being read:
 * a 32-level mapping needs 34 entries. `maxDepth` counts collections.
 */
const STACK_BESIDES_COLLECTIONS = 2;

function* guardedTokens(
  text: string,
  lineCounter: LineCounter,
  maxDepth: number,
  tooDeep: { at: number },
): Generator<CST.Token> {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  for (const lexeme of new Lexer().lex(text)) {
    yield* parser.next(lexeme);
    if (parser.stack.length > maxDepth + STACK_BESIDES_COLLECTIONS) {
      tooDeep.at = parser.offset;
      return;
    }
  }
  yield* parser.end();
}

/** The first document of `text` (a second one is an error, as in `parseDocument`), or where it nests too deep. */
export function composeDocument(
  text: string,
  lineCounter: LineCounter,
  maxDepth: number,
  options: ParseOptions & DocumentOptions & SchemaOptions,
): ComposeResult {
  const tooDeep = { at: -1 };
  const tokens = [...guardedTokens(text, lineCounter, maxDepth, tooDeep)];
  if (tooDeep.at >= 0) return { ok: false, tooDeepAt: tooDeep.at };
  let doc: Document.Parsed | null = null;
  for (const next of new Composer(options).compose(tokens, true, text.length)) {
    if (doc === null) doc = next;
    else {
      const at = next.range[0];
      doc.errors.push(
        new YAMLParseError(
          [at, at + 1],
          'MULTIPLE_DOCS',
          'the file holds more than one document (a line with --- starts another)',
        ),
      );
      break;
    }
  }
  if (doc === null) throw new Error('the yaml composer yielded no document'); // forceDoc: it always does
  return { ok: true, doc };
}
