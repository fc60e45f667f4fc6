/**
 * The fast reader: js-yaml (several times faster than the yaml library on large files) for
 * plain data, giving the same value as the yaml library would. Text with anything where the
 * two may differ, or where the yaml library's guards matter, is left to the yaml library
 * (read-yaml.ts): anchors, aliases, tags, explicit keys, directives, several documents, merge
 * keys, a byte order mark, tabs or lone carriage returns in YAML, text nested past the depth
 * limit, and the shapes `treeRecorder` flags (node-tree.ts). So is any text js-yaml cannot
 * read: the yaml library then reports the problem as usual. Keys written twice are found here
 * and refused with the yaml path's issues (read-text.ts).
 */
import { load, type LoadOptions } from 'js-yaml';
import { LineCounter } from 'yaml';
import type { DuplicateKey } from '../duplicate-keys.ts';
import { LIMITS } from '../limits.ts';
import { FastLocator } from './locate-fast.ts';
import { treeRecorder } from './node-tree.ts';
import { CORE_LIKE, JSON_LIKE } from './schemas.ts';

export interface FastRead {
  value: unknown;
  locator: FastLocator;
  /** Keys written twice in one mapping, in the order of the text: the file is then refused. */
  duplicates: DuplicateKey[];
}

/**
 * Anchors, aliases, tags and explicit keys (`&a`, `*a`, `!t`, `? k` starting a node), directives, merge keys, a BOM,
 * a lone CR, a comment not parted by a space from a quote or bracket before it (`]#`).
 */
const FEATURES = /(?:^|[\s,[{])[&*!?]|^%|<<|\uFEFF|\r(?!\n)|["'\]},]#/m;
/** A document marker, or a line that starts like one (`---x`: the libraries disagree there). */
const MARKER = /^(?:---|\.\.\.)/gm;

/** Whether the text may be read by js-yaml: conservative, any doubt leaves it to the yaml library. */
export function plainEnough(text: string, json: boolean): boolean {
  if (FEATURES.test(text)) return false;
  if (!json && text.includes('\t')) return false;
  MARKER.lastIndex = 0;
  const first = MARKER.exec(text);
  if (first === null) return true;
  // One `---` alone on its line, before any content, is the only document marker allowed.
  const line = text.slice(
    first.index,
    (text.indexOf('\n', first.index) + 1 || text.length + 1) - 1,
  );
  if (!/^---[ ]*\r?$/.test(line) || text.slice(0, first.index).trim() !== '') return false;
  return MARKER.exec(text) === null;
}

function depthOver(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    if (node !== null && typeof node === 'object')
      for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

function lineCounterOf(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
    lineCounter.addNewLine(i + 1);
  return lineCounter;
}

/** The value and a locator, or null: read this text with the yaml library. */
export function readFast(text: string, json: boolean): FastRead | null {
  if (text.length > LIMITS.textBytes || !plainEnough(text, json)) return null;
  const recorder = treeRecorder(text);
  let value: unknown;
  try {
    // `maxDepth` (js-yaml 4.3, not in its types): deeper text is refused by the yaml library, with its place.
    const options: LoadOptions & { maxDepth: number } = {
      schema: json ? JSON_LIKE : CORE_LIKE,
      // A repeated key does not stop the read (the last wins): the tree finds them all.
      json: true,
      maxDepth: LIMITS.depth * 4,
      listener: recorder.listener,
    };
    value = load(text, options);
  } catch {
    return null;
  }
  if (recorder.odd() || depthOver(value, LIMITS.depth)) return null;
  const locator = new FastLocator(text, recorder.root(), lineCounterOf(text));
  const duplicates = recorder
    .repeats()
    .map(([again, first]) => ({
      key: again.name ?? '',
      at: locator.start(again),
      firstAt: locator.start(first),
    }))
    .sort((a, b) => a.at - b.at);
  // An empty file: js-yaml reads undefined, the yaml library null.
  return { value: value === undefined ? null : value, locator, duplicates };
}
