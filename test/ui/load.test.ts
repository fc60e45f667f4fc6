import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRememberedFile, openFile, rememberFile } from '../../src/ui/app/load.ts';
import { loadScenario, loadText } from '../../src/ui/app/load-read.ts';
import { importFile, importPasted } from '../../src/ui/editor/import-file.ts';

const BANK = readFileSync(
  join(import.meta.dirname, '../../scenarios/bank-money-transfer.yaml'),
  'utf8',
);
/** A picked file, as the browser gives it (a Blob with a name). */
const picked = (name: string, bytes: Uint8Array<ArrayBuffer>): Blob & { name: string } =>
  Object.assign(new Blob([bytes]), { name });
/** A file whose bytes must never be read (too large to read). */
const tooLarge = (name: string) =>
  ({
    name,
    size: 6 * 1024 * 1024,
    arrayBuffer: () => Promise.reject(new Error('the bytes were read')),
  }) as unknown as Blob & { name: string };
import { memoryStorage } from './storage/support.ts';

const MINE = 'schema: continuity-scenario/2\nname: Mine\n';

describe('loading scenarios in the app', () => {
  it('loads a bundled scenario by its file name', () => {
    const state = loadScenario('bank-money-transfer', null);
    expect(state.kind).toBe('loaded');
    if (state.kind === 'loaded') expect(state.scenario.name).toBe('Bank money transfer');
  });

  it('names the available scenarios when the id is unknown', () => {
    const state = loadScenario('nope', null);
    expect(state).toMatchObject({ kind: 'unknown', id: 'nope' });
    if (state.kind === 'unknown') expect(state.available).toContain('bank-money-transfer');
  });

  it('generates a scenario of N components on request', () => {
    const state = loadScenario('generated-50', null);
    expect(state.kind).toBe('loaded');
    if (state.kind === 'loaded') expect(state.scenario.components).toHaveLength(50);
  });

  it('turns a bad file into lines that name the file, the place and the fix', () => {
    const state = loadText(
      'file:bad.yaml',
      'bad.yaml',
      'schema: continuity-scenario/2\nname: X\nhorizon: soon\n',
    );
    expect(state.kind).toBe('invalid');
    if (state.kind === 'invalid')
      expect(state.errors.join('\n')).toMatch(/^bad\.yaml:3:\d+ error horizon: /m);
  });

  it('keeps an opened file so that a reload finds it again', () => {
    const storage = memoryStorage();
    const kept = rememberFile('mine.yaml', MINE, storage);
    expect(kept).toEqual({ id: 'file:mine.yaml', problem: null });
    expect(loadScenario(kept.id, storage)).toMatchObject({
      kind: 'invalid',
      fileName: 'mine.yaml',
    });
    expect(loadScenario('file:gone.yaml', storage).kind).toBe('unknown');
  });

  it('opens a picked UTF-16 file as its text, and keeps the decoded text', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(BANK, 'utf16le')]);
    const { state, text } = await openFile('file:bank.yaml', picked('bank.yaml', bytes));
    expect(state).toMatchObject({ kind: 'loaded', id: 'file:bank.yaml' });
    expect(text).toBe(BANK);
  });

  it('refuses a picked Latin-1 file with the encoding named, and a file over 5 MB unread', async () => {
    const latin1 = picked('zurich.yaml', Buffer.from('name: Zürich\n', 'latin1'));
    expect(await openFile('file:zurich.yaml', latin1)).toEqual({
      state: {
        kind: 'invalid',
        id: 'file:zurich.yaml',
        fileName: 'zurich.yaml',
        errors: [
          expect.stringMatching(
            /^zurich\.yaml:1:8 error \(file\): the file is not valid UTF-8: .*Latin-1/,
          ),
        ],
      },
      text: null,
    });
    const large = await openFile('file:big.yaml', tooLarge('big.yaml'));
    expect(large.state).toMatchObject({
      kind: 'invalid',
      errors: [
        'big.yaml error (file): the file is 6.0 MB; the limit is 5 MB. Hint: split it into smaller scenarios',
      ],
    });
  });

  it('reads a remembered file again as when it was opened', async () => {
    const storage = memoryStorage();
    const { id } = rememberFile('bank.yaml', BANK, storage);
    expect(await loadRememberedFile(id, storage)).toEqual(loadScenario(id, storage));
    expect(loadRememberedFile('bank-money-transfer', storage)).toBeNull();
  });
});

describe('importing into the editor', () => {
  it('imports a UTF-16 file, says it was read as UTF-16, and hands over the parsed result', async () => {
    const bytes = new Uint8Array([0xfe, 0xff, ...Buffer.from(BANK, 'utf16le').swap16()]);
    const r = await importFile(picked('bank.yaml', bytes));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe(BANK);
    expect(r.notes[0]).toBe('Read as UTF-16BE; the scenario is kept in UTF-8 from now on.');
    expect(r.parsed.ok && r.parsed.scenario.name).toBe('Bank money transfer');
  });

  it('refuses pasted text with a repeated key, naming the line', async () => {
    const r = await importPasted('pasted text', `${BANK}name: Again\n`);
    expect(r).toMatchObject({ ok: false, fileName: 'pasted text' });
    expect(!r.ok && r.errors[0]).toMatch(
      /^pasted text:\d+:1 error \(file\): a key appears twice in the same mapping: "name"/,
    );
  });
});

describe('opening a file when the browser storage is full or unavailable', () => {
  it('with storage full (setItem throws QuotaExceededError) says the file is open but not kept, and what to do', () => {
    const storage = memoryStorage(20);
    const kept = rememberFile('mine.yaml', MINE, storage);
    expect(kept.id).toBe('file:mine.yaml');
    expect(kept.problem).toBe(
      "mine.yaml is open, but it is not kept for a reload: this browser's storage is full. It " +
        'stays open in this tab until you close or reload it. To keep it, use Keep it with my ' +
        'scenarios (an editable copy, stored apart), or free some room (export, then delete old ' +
        'scenarios or versions) and open it again.',
    );
  });

  it('never lets a reload show an older file of the same name instead', () => {
    const storage = memoryStorage(80);
    expect(rememberFile('mine.yaml', 'old', storage).problem).toBeNull();
    expect(rememberFile('mine.yaml', MINE + 'x'.repeat(100), storage).problem).toMatch(/is full/);
    const reloaded = loadScenario('file:mine.yaml', storage);
    expect(reloaded.kind).toBe('unknown');
  });

  it('a reload that does not find the file says why, and how to get it back', () => {
    const reloaded = loadScenario('file:mine.yaml', memoryStorage());
    expect(reloaded).toMatchObject({ kind: 'unknown', id: 'file:mine.yaml' });
    expect(reloaded.kind === 'unknown' && reloaded.reason).toBe(
      "The file mine.yaml is not kept in this browser: it was opened while the browser's storage " +
        'was full or unavailable, or the browser data was cleared since. Open it again with Open ' +
        'file…; to keep a scenario here, use Edit a copy of this scenario.',
    );
  });

  it('without storage (disabled, or refused), says so; reading it finds nothing', () => {
    expect(rememberFile('mine.yaml', MINE, null).problem).toMatch(
      /^mine\.yaml is open, but it is not kept for a reload: this browser does not let the page store data here \(private window, or storage disabled\)/,
    );
    const refusing = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    expect(rememberFile('mine.yaml', MINE, refusing).problem).toMatch(
      /does not let the page store data/,
    );
    expect(loadScenario('file:mine.yaml', refusing).kind).toBe('unknown');
  });
});
