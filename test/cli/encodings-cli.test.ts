import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT as root, runCli } from '../support/cli.ts';

const bank = readFileSync(join(root, 'scenarios/bank-money-transfer.yaml'), 'utf8');
const simulateCli = (...args: string[]) => runCli('simulate', ...args);
const dir = mkdtempSync(join(tmpdir(), 'encodings-'));

describe('scenario files in other encodings, on the command line', () => {
  it('a UTF-16 file (with its byte order mark) runs as its UTF-8 original does', () => {
    const wide = join(dir, 'bank-utf16.yaml');
    writeFileSync(wide, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bank, 'utf16le')]));
    const original = simulateCli('scenarios/bank-money-transfer.yaml', '--seed', '3', '--json');
    const read = simulateCli(wide, '--seed', '3', '--json');
    expect(read.code).toBe(0);
    expect(read.stdout).toBe(original.stdout);
  }, 60_000);

  it('a Latin-1 file exits 2 with the place of the first byte that is not UTF-8 and the fix', () => {
    const legacy = join(dir, 'bank-latin1.yaml');
    writeFileSync(
      legacy,
      Buffer.from(bank.replace('name: Bank money transfer', 'name: Zürich'), 'latin1'),
    );
    const r = simulateCli(legacy);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'bank-latin1.yaml:3:8 error (file): the file is not valid UTF-8: byte 0xFC at line 3, column 8',
    );
    expect(r.stderr).toContain('Latin-1 (ISO-8859-1) or Windows-1252');
    expect(r.stderr).toContain('Hint: save the file as UTF-8');
    expect(r.stderr).not.toContain('internal error');
  }, 60_000);
});
