/**
 * A scenario file as it arrives (its bytes, or pasted text) to what the app needs: the text,
 * decoded, and the loader's answer. `open` reads it as it is (Open file); `import` migrates
 * an older version first (the editor's Import). Pure and synchronous: the page runs it in a
 * worker (src/workers/parse.worker.ts), the tests and the CLIs call it directly.
 */
import { decodeScenarioBytes, type DecodeResult } from './decode-text.ts';
import type { ScenarioIssue } from './issues.ts';
import { parseAnyVersion, type AnyVersionResult } from './migrate.ts';
import { parseScenario, type LoadResult } from './parse.ts';

export type ReadTask = 'open' | 'import';

/** What `readScenarioFile` answers for each task. */
export interface ReadAnswers {
  open: LoadResult;
  import: AnyVersionResult;
}

export type FileAnswer<T extends ReadTask> =
  | {
      readonly ok: true;
      readonly text: string;
      /** The encoding the bytes were read in (pasted text is UTF-8 already). */
      readonly encoding: (DecodeResult & { ok: true })['encoding'];
      readonly result: ReadAnswers[T];
    }
  /** The bytes could not be read as text: too large, or not in an encoding the loader reads. */
  | { readonly ok: false; readonly error: ScenarioIssue };

export function readScenarioFile<T extends ReadTask>(
  task: T,
  fileName: string,
  source: Uint8Array | string,
): FileAnswer<T> {
  const decoded: DecodeResult =
    typeof source === 'string'
      ? { ok: true, text: source, encoding: 'UTF-8' }
      : decodeScenarioBytes(source);
  if (!decoded.ok) return decoded;
  const { text, encoding } = decoded;
  const result = (
    task === 'open' ? parseScenario(text, fileName) : parseAnyVersion(text, fileName)
  ) as ReadAnswers[T];
  return { ok: true, text, encoding, result };
}
