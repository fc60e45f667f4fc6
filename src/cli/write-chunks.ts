/**
 * Writes text chunk by chunk to a stream (stdout, a file), waiting for the stream to drain
 * whenever it asks to (backpressure), so that output of any length goes out in pieces and is
 * never one string. A reader that goes away (`| head`, EPIPE) ends the writing quietly.
 */
import { once } from 'node:events';

export async function writeChunks(
  stream: NodeJS.WritableStream,
  chunks: Iterable<string>,
): Promise<void> {
  let closed = false;
  const onError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') closed = true;
  };
  stream.on('error', onError);
  try {
    for (const chunk of chunks) {
      if (closed) return;
      if (!stream.write(chunk)) await drained(stream, () => closed);
    }
  } finally {
    stream.off('error', onError);
  }
}

/** Waits for 'drain'; an EPIPE while waiting ends the wait, any other error is thrown. */
async function drained(stream: NodeJS.WritableStream, closed: () => boolean): Promise<void> {
  try {
    await once(stream, 'drain');
  } catch (error) {
    if (!closed() && (error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  }
}
