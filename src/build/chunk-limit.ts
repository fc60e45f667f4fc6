/**
 * A Vite plugin that fails the build when a chunk (the page's, or a worker's: add it to
 * `worker.plugins` too) is larger than Vite's warning limit, 500 kB: a warning scrolls by
 * unread, a failed build does not. Sizes in kB of 1,000 bytes of UTF-8, as Vite's warning counts.
 */
import type { Plugin } from 'vite';

export const CHUNK_LIMIT_KB = 500;

const encoder = new TextEncoder();

/** The chunks over the limit, `name (612.3 kB)`, largest first. */
export function oversized(
  chunks: readonly { fileName: string; code: string }[],
  limitKb = CHUNK_LIMIT_KB,
): string[] {
  return chunks
    .map((c) => ({ name: c.fileName, kb: encoder.encode(c.code).length / 1000 }))
    .filter((c) => c.kb > limitKb)
    .sort((a, b) => b.kb - a.kb)
    .map((c) => `${c.name} (${c.kb.toFixed(1)} kB)`);
}

export function chunkLimit(limitKb = CHUNK_LIMIT_KB): Plugin {
  return {
    name: 'chunk-limit',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((c) =>
        c.type === 'chunk' ? [{ fileName: c.fileName, code: c.code }] : [],
      );
      const over = oversized(chunks, limitKb);
      if (over.length > 0)
        this.error(
          `chunks over ${limitKb} kB: ${over.join(', ')}. Load the code that makes them large when it is needed (a dynamic import()), or give a library a chunk of its own (build.rolldownOptions.output.codeSplitting in vite.config.ts)`,
        );
    },
  };
}
