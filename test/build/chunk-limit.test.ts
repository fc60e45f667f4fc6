import { describe, expect, it } from 'vitest';
import { CHUNK_LIMIT_KB, chunkLimit, oversized } from '../../src/build/chunk-limit.ts';

const chunk = (fileName: string, bytes: number) => ({ fileName, code: 'x'.repeat(bytes) });

describe('the chunk size limit of the build', () => {
  it("is Vite's default warning limit, 500 kB", () => {
    expect(CHUNK_LIMIT_KB).toBe(500);
  });

  it('names the chunks over 500,000 bytes, largest first, and lets 500,000 bytes pass', () => {
    const chunks = [
      chunk('index.js', 500_000),
      chunk('editor.js', 612_300),
      chunk('worker.js', 500_001),
    ];
    expect(oversized(chunks)).toEqual(['editor.js (612.3 kB)', 'worker.js (500.0 kB)']);
    expect(oversized([chunk('a.js', 499_999)])).toEqual([]);
  });

  it('counts bytes of UTF-8, not characters (holiday names in many scripts)', () => {
    // 200,000 characters of three bytes each: 600 kB
    expect(oversized([{ fileName: 'names.js', code: '祝'.repeat(200_000) }])).toEqual([
      'names.js (600.0 kB)',
    ]);
  });

  it('fails the build with the chunks and what to do', () => {
    const plugin = chunkLimit();
    const errors: string[] = [];
    const context = {
      error: (message: string) => {
        errors.push(message);
        throw new Error(message);
      },
    };
    const bundle = {
      'index.js': { type: 'chunk', ...chunk('index.js', 100) },
      'editor.js': { type: 'chunk', ...chunk('editor.js', 700_000) },
      'logo.svg': { type: 'asset', fileName: 'logo.svg', source: 'x'.repeat(900_000) },
    };
    const hook = plugin.generateBundle as (this: unknown, o: unknown, b: unknown) => void;
    expect(() => hook.call(context, {}, bundle)).toThrow(/editor\.js \(700\.0 kB\)/);
    expect(errors[0]).toContain('dynamic import()');
    expect(errors[0]).not.toContain('index.js');
    expect(errors[0]).not.toContain('logo.svg');
    expect(() => hook.call(context, {}, { 'index.js': bundle['index.js'] })).not.toThrow();
  });
});
