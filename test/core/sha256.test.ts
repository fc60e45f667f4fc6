import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Bytes } from '../../src/core/sha256.ts';

describe('sha256', () => {
  it('gives the FIPS 180-4 digests of the standard messages', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('hashes text as its UTF-8 bytes', () => {
    expect(sha256('€')).toBe(sha256Bytes(new Uint8Array([0xe2, 0x82, 0xac])));
  });

  it('equals node:crypto for any text, across every padding length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(sha256(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { numRuns: 500 },
    );
    for (let n = 0; n < 200; n++)
      expect(sha256('x'.repeat(n))).toBe(createHash('sha256').update('x'.repeat(n)).digest('hex'));
  });
});
