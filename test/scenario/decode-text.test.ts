import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeScenarioBytes } from '../../src/scenario/decode-text.ts';
import { readScenarioFile } from '../../src/scenario/read-file.ts';
import { BASE } from './fixtures.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
function utf16(text: string, endian: 'LE' | 'BE', bom: boolean): Uint8Array {
  const units = `${bom ? '\ufeff' : ''}${text}`;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    const [hi, lo] = [u >> 8, u & 0xff];
    out[2 * i] = endian === 'LE' ? lo : hi;
    out[2 * i + 1] = endian === 'LE' ? hi : lo;
  }
  return out;
}
/** Latin-1 (ISO-8859-1): one byte per character, for characters up to U+00FF. */
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

const WITH_ACCENTS = BASE.replace('name: Small bank', 'name: Zürich Bank – café');

describe('decoding a scenario file', () => {
  it('reads UTF-8, and leaves out a UTF-8 byte order mark', () => {
    expect(decodeScenarioBytes(utf8(WITH_ACCENTS))).toEqual({
      ok: true,
      text: WITH_ACCENTS,
      encoding: 'UTF-8',
    });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(WITH_ACCENTS)]);
    expect(decodeScenarioBytes(bom)).toMatchObject({ ok: true, text: WITH_ACCENTS });
  });

  it.each([
    ['LE', true],
    ['LE', false],
    ['BE', true],
    ['BE', false],
  ] as const)('reads UTF-16%s (byte order mark: %s) to the same text as UTF-8', (endian, bom) => {
    expect(decodeScenarioBytes(utf16(WITH_ACCENTS, endian, bom))).toEqual({
      ok: true,
      text: WITH_ACCENTS,
      encoding: `UTF-16${endian}`,
    });
  });

  it('a UTF-16 file loads as the same scenario as its UTF-8 original', () => {
    const original = readScenarioFile('open', 'a.yaml', utf8(WITH_ACCENTS));
    const wide = readScenarioFile('open', 'a.yaml', utf16(WITH_ACCENTS, 'BE', false));
    expect(original.ok && original.result.ok && original.result.scenario.name).toBe(
      'Zürich Bank – café',
    );
    expect(wide.ok && wide.result).toEqual(original.ok && original.result);
  });

  it('refuses a Latin-1 file, naming the encoding and the place of its first non-UTF-8 byte', () => {
    const bytes = latin1(BASE.replace('name: Small bank', 'name: Zürich bank'));
    expect(decodeScenarioBytes(bytes)).toEqual({
      ok: false,
      error: {
        severity: 'error',
        path: '(file)',
        line: 2,
        column: 8,
        message:
          'the file is not valid UTF-8: byte 0xFC at line 2, column 8 is not part of a UTF-8 character; the file may be in Latin-1 (ISO-8859-1) or Windows-1252',
        hint: 'save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8) and open it again',
      },
    });
  });

  it('counts the column in characters after earlier UTF-8 characters on the line', () => {
    // "é" is two bytes in UTF-8 but one character: the bad byte 0xFF is the 10th character.
    const bytes = new Uint8Array([...utf8('name: café'), 0xff, ...utf8('\n')]);
    const result = decodeScenarioBytes(bytes);
    expect(result.ok ? null : [result.error.line, result.error.column]).toEqual([1, 11]);
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['a cut-short character', [0xe2, 0x82]],
    ['an overlong form', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('refuses invalid UTF-8 (%s) and says it is not UTF-8', (_, bad) => {
    const bytes = new Uint8Array([...utf8('name: x'), ...bad, ...utf8('\n')]);
    const result = decodeScenarioBytes(bytes);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toMatch(
      /^the file is not valid UTF-8: byte 0x[0-9A-F]{2} at line 1, column 8 /,
    );
  });

  it('refuses UTF-32 by name, and a UTF-16 file cut in the middle of a character', () => {
    const utf32 = new Uint8Array([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]);
    expect(decodeScenarioBytes(utf32)).toMatchObject({
      ok: false,
      error: { message: 'the file is in UTF-32, which this loader does not read' },
    });
    const cut = utf16('name: x\n', 'LE', true).subarray(0, 7);
    expect(decodeScenarioBytes(cut)).toMatchObject({
      ok: false,
      error: {
        message:
          'the file looks like UTF-16LE but has an odd number of bytes (7); it may be cut short',
      },
    });
  });

  it('refuses a file over 5 MB before decoding it', () => {
    const result = decodeScenarioBytes(new Uint8Array(5 * 1024 * 1024 + 1));
    expect(result.ok ? '' : result.error.message).toBe('the file is 5.0 MB; the limit is 5 MB');
  });

  it('never throws and never answers mojibake: any bytes are read faithfully (they round-trip) or refused with a reason', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const result = decodeScenarioBytes(bytes);
        if (!result.ok) {
          expect(result.error.message).not.toBe('');
          expect(result.error.hint).not.toBe('');
          return;
        }
        // Faithful: written back in the encoding it was read in, the text gives the same bytes.
        const [a, b, c] = bytes;
        const again =
          result.encoding === 'UTF-8'
            ? [...(a === 0xef && b === 0xbb && c === 0xbf ? [a, b, c] : []), ...utf8(result.text)]
            : [
                ...utf16(
                  result.text,
                  result.encoding === 'UTF-16LE' ? 'LE' : 'BE',
                  (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff),
                ),
              ];
        expect(again).toEqual([...bytes]);
      }),
      { numRuns: 2000, seed: 20260113 },
    );
  });
});
