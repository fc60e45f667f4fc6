/// <reference lib="webworker" />
/**
 * A thin worker around reading a scenario file (decoding and parsing it), so that the page
 * stays responsive while a large file is read.
 */
import { readScenarioFile } from '../scenario/read-file.ts';
import type { ParseRequest, ParseResponse } from './parse-protocol.ts';

const post = (message: ParseResponse): void => postMessage(message);

addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const { id, task, fileName, source } = event.data;
  try {
    const bytes = typeof source === 'string' ? source : new Uint8Array(source);
    post({ id, type: 'done', answer: readScenarioFile(task, fileName, bytes) });
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
