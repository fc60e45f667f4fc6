/// <reference lib="webworker" />
/**
 * A thin worker around reading a scenario file (decoding and parsing it), so that the page
 * stays responsive while a large file is read.
 */
import { decodeScenarioBytes } from '../scenario/decode-text.ts';
import { readScenarioFile } from '../scenario/read-file.ts';
import { holidaysReady } from '../ui/app/holiday-loader.ts';
import type { ParseRequest, ParseResponse } from './parse-protocol.ts';

const post = (message: ParseResponse): void => postMessage(message);

addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const { id, task, fileName, source } = event.data;
  void (async () => {
    try {
      const decoded =
        typeof source === 'string'
          ? { ok: true as const, text: source, encoding: 'UTF-8' as const }
          : decodeScenarioBytes(new Uint8Array(source));
      if (!decoded.ok) {
        post({ id, type: 'done', answer: decoded });
        return;
      }
      // The holiday data the file names, fetched before it is read (nothing when it names none).
      await holidaysReady(decoded.text, fileName);
      const answer = readScenarioFile(task, fileName, decoded.text);
      post({
        id,
        type: 'done',
        answer: answer.ok ? { ...answer, encoding: decoded.encoding } : answer,
      });
    } catch (error) {
      post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
