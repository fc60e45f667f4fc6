import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/ui/storage/backend.ts';
import { StorageFullError } from '../../../src/ui/storage/errors.ts';
import { memoryBackend } from '../../../src/ui/storage/memory.ts';
import { BANK, testLibrary } from './support.ts';

const FULL =
  /^Your browser's storage is full: export your scenarios as files, then delete old versions/;

describe('when the browser runs out of room', () => {
  it('save(id, text) keeps the previous text and says what to do', async () => {
    const { library } = testLibrary(memoryBackend({ capacity: 1000 }));
    const bank = await library.create('Bank', BANK, { kind: 'new' });
    const error: unknown = await library.save(bank.id, 'x'.repeat(2000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(FULL);
    expect((await library.get(bank.id))?.text).toBe(BANK);
  });

  it('saveVersion(id) fails the same way and leaves the versions as they were', async () => {
    const { library } = testLibrary(memoryBackend({ capacity: 1800 }));
    const bank = await library.create('Bank', 'x'.repeat(1000), { kind: 'new' });
    await expect(library.saveVersion(bank.id)).rejects.toThrow(FULL);
    expect(await library.versions(bank.id)).toEqual([]);
    expect((await library.get(bank.id))?.text).toBe('x'.repeat(1000));
  });

  it('the library keeps working once there is room again', async () => {
    const { library } = testLibrary(memoryBackend({ capacity: 1000 }));
    const bank = await library.create('Bank', BANK, { kind: 'new' });
    await expect(library.save(bank.id, 'x'.repeat(2000))).rejects.toThrow(FULL);
    expect((await library.save(bank.id, 'short')).text).toBe('short');
  });

  it('another write failure names the reason and still promises the last saved text', async () => {
    const broken: Backend = {
      ...memoryBackend(),
      put: () => Promise.reject(new DOMException('The transaction was aborted.', 'AbortError')),
    };
    const { library } = testLibrary(broken);
    await expect(library.create('Bank', BANK, { kind: 'new' })).rejects.toThrow(
      /Could not save to this browser's storage \(The transaction was aborted\.\)\. Your last saved text is still there/,
    );
  });
});
