/**
 * A scenario file's bytes to text. Files are UTF-8, as YAML and JSON expect; UTF-16 (little
 * or big endian, with or without a byte order mark) is recognised as the YAML spec says
 * (5.2: by its mark, or by the zero bytes of its first ASCII characters) and decoded. Any
 * other bytes that are not valid UTF-8, such as a file saved as Latin-1 (ISO-8859-1) or
 * Windows-1252, are refused with the place of the first bad byte: guessing a legacy encoding
 * would turn "Zürich" into "ZÃ¼rich" or worse without a word, and the planner is better
 * served by saving the file as UTF-8 once.
 */
import { LIMITS } from './limits.ts';
import type { ScenarioIssue } from './issues.ts';

export type DecodeResult =
  | { ok: true; text: string; encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' }
  | { ok: false; error: ScenarioIssue };

const SAVE_AS_UTF8 =
  'save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8) and open it again';

function refusal(
  message: string,
  hint = SAVE_AS_UTF8,
  line: number | null = null,
  column: number | null = null,
): DecodeResult {
  return {
    ok: false,
    error: { severity: 'error', path: '(file)', line, column, message, hint },
  };
}

/** The encoding the first bytes show (YAML 1.2, 5.2), or null for "UTF-8". */
function sniff(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | 'UTF-32' | null {
  const [a, b, c, d] = bytes;
  if (
    (a === 0 && b === 0 && c === 0xfe && d === 0xff) ||
    (a === 0xff && b === 0xfe && c === 0 && d === 0)
  )
    return 'UTF-32';
  if (a === 0 && b === 0 && c === 0 && d !== undefined && d !== 0) return 'UTF-32';
  if (a !== undefined && a !== 0 && b === 0 && c === 0 && d === 0) return 'UTF-32';
  if (a === 0xff && b === 0xfe) return 'UTF-16LE';
  if (a === 0xfe && b === 0xff) return 'UTF-16BE';
  if (a !== undefined && a !== 0 && b === 0) return 'UTF-16LE';
  if (a === 0 && b !== undefined && b !== 0) return 'UTF-16BE';
  return null;
}

/** Line and column (1-based; columns in UTF-16 units, as the other issues count) of the byte at `offset`. */
function placeOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}

/** The offset of the first byte that is not part of valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF (the decoder refuses them too).
    const next = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && next < 0xa0) ||
      (b === 0xed && next >= 0xa0) ||
      (b === 0xf0 && next < 0x90) ||
      (b === 0xf4 && next >= 0x90)
    )
      return i;
    i += need + 1;
  }
  return bytes.length;
}

const hex = (b: number | undefined): string =>
  `0x${(b ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;

function decodeUtf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): DecodeResult {
  if (bytes.length % 2 !== 0)
    return refusal(
      `the file looks like ${encoding} but has an odd number of bytes (${bytes.length}); it may be cut short`,
    );
  // Big endian is swapped into little endian: every runtime's TextDecoder reads UTF-16LE.
  let le = bytes;
  if (encoding === 'UTF-16BE') {
    le = new Uint8Array(bytes.length);
    for (let i = 0; i < bytes.length; i += 2) {
      le[i] = bytes[i + 1] ?? 0;
      le[i + 1] = bytes[i] ?? 0;
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-16le', { fatal: true }).decode(le), encoding };
  } catch {
    return refusal(
      `the file looks like ${encoding} (Unicode) but holds a broken character (an unpaired surrogate)`,
    );
  }
}

/** A file of `size` bytes over the limit: refused before it is read. */
export function oversizedFile(size: number): ScenarioIssue | null {
  if (size <= LIMITS.textBytes) return null;
  const result = refusal(
    `the file is ${(size / 1048576).toFixed(1)} MB; the limit is 5 MB`,
    'split it into smaller scenarios',
  );
  return result.ok ? null : result.error;
}

/** Decodes a scenario file's bytes; refuses, with the reason and the fix, what it cannot read faithfully. */
export function decodeScenarioBytes(bytes: Uint8Array): DecodeResult {
  const large = oversizedFile(bytes.length);
  if (large !== null) return { ok: false, error: large };
  const sniffed = sniff(bytes);
  if (sniffed === 'UTF-32')
    return refusal('the file is in UTF-32, which this loader does not read');
  if (sniffed !== null) return decodeUtf16(bytes, sniffed);
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'UTF-8',
    };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const { line, column } = placeOf(bytes, at);
    return refusal(
      `the file is not valid UTF-8: byte ${hex(bytes[at])} at line ${line}, column ${column} is not part of a UTF-8 character; the file may be in Latin-1 (ISO-8859-1) or Windows-1252`,
      SAVE_AS_UTF8,
      line,
      column,
    );
  }
}
