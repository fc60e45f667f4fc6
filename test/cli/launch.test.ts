/**
 * src/cli/launch.cjs, on a small project of its own in a temporary folder (so no test edits
 * the real sources): a tool is built on first use, runs from its bundle with its arguments, is
 * rebuilt when a source changes (even to a text of the same length, which a V8 code cache
 * alone would not notice), and a build error names the file, line and column and runs nothing.
 * Then the real tools: the bundle and the TypeScript sources (CS_CLI_TSX=1) print the same,
 * and write the same Monte Carlo aggregate, byte for byte.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../support/cli.ts';

const launcher = pathToFileURL(join(PROJECT_ROOT, 'src/cli/launch.cjs')).href;

/** A project with one tool, `hello`, that prints its greeting (from another file) and arguments. */
function project(): { root: string; write: (file: string, text: string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'launch-'));
  mkdirSync(join(root, 'src'));
  const write = (file: string, text: string): void => writeFileSync(join(root, 'src', file), text);
  write(
    'hello.ts',
    [
      "import { greeting } from './greeting.ts';",
      'const args: string[] = process.argv.slice(2);',
      "if (args[0] === 'throw') throw new Error('thrown on purpose');",
      "console.log([greeting, ...args].join(' '));",
      '',
    ].join('\n'),
  );
  write('greeting.ts', "export const greeting: string = 'hello';\n");
  write('bye.ts', "console.log('bye');\n");
  return { root, write };
}

/** Runs a tool of the project through the launcher, as `npm run NAME -- ...args` would. */
function tool(name: string, root: string, ...args: string[]) {
  return toolWith([], name, root, ...args);
}

/** As `tool`, node started with `flags` (V8's among them). */
function toolWith(flags: readonly string[], name: string, root: string, ...args: string[]) {
  const options = { root, tools: { hello: 'src/hello.ts', bye: 'src/bye.ts' }, threads: {} };
  const script = `import(${JSON.stringify(launcher)}).then((m) => m.launch(${JSON.stringify(name)}, ${JSON.stringify(args)}, ${JSON.stringify(options)}))`;
  const r = spawnSync(process.execPath, [...flags, '-e', script], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const hello = (root: string, ...args: string[]) => tool('hello', root, ...args);

describe('the launcher', () => {
  it('builds a tool on first use, then runs the bundle as it is, with its arguments', () => {
    const { root } = project();
    const first = hello(root, 'a', 'b');
    expect(first.stderr).toContain('Building the command line (it has not been built)');
    expect(first.stdout).toBe('hello a b\n');
    expect(first.code).toBe(0);
    expect(existsSync(join(root, 'build/cli/hello.js.map'))).toBe(true);

    const second = hello(root, 'c');
    expect(second).toEqual({ code: 0, stdout: 'hello c\n', stderr: '' });
    // The first successful run left a code cache for the next ones.
    expect(readdirSync(join(root, 'build/cli')).some((f) => f.endsWith('.v8cache'))).toBe(true);
  });

  it('keeps a code cache for each set of V8 flags, so that runs with and without them do not throw each other’s away', () => {
    const { root } = project();
    const caches = () =>
      readdirSync(join(root, 'build/cli'))
        .filter((f) => f.endsWith('.v8cache'))
        .sort()
        .map((f) => [f, statSync(join(root, 'build/cli', f)).mtimeMs]);
    const flags = ['--max-semi-space-size=32'];
    expect(hello(root).stdout).toBe('hello\n');
    expect(caches()).toHaveLength(1);
    expect(toolWith(flags, 'hello', root).stdout).toBe('hello\n');
    const both = caches();
    expect(both).toHaveLength(2); // V8 rejects a cache made under other flags
    expect(hello(root).stdout).toBe('hello\n');
    expect(toolWith(flags, 'hello', root).stdout).toBe('hello\n');
    expect(caches()).toEqual(both); // neither written again: each run found its own
  });

  it('rebuilds when a source of the tool changes, even to a text of the same length', () => {
    const { root, write } = project();
    expect(hello(root).stdout).toBe('hello\n');
    expect(hello(root).stdout).toBe('hello\n'); // now from the code cache
    write('greeting.ts', "export const greeting: string = 'howdy';\n");
    // A tool that does not read the edited source runs without a build.
    expect(tool('bye', root)).toEqual({ code: 0, stdout: 'bye\n', stderr: '' });
    const edited = hello(root);
    expect(edited.stderr).toContain('Building the command line (src/greeting.ts changed)');
    expect(edited.stdout).toBe('howdy\n');
    expect(hello(root)).toEqual({ code: 0, stdout: 'howdy\n', stderr: '' });
  });

  it('reports a build error with its file, line and column, and runs nothing', () => {
    const { root, write } = project();
    expect(hello(root).code).toBe(0);
    write('greeting.ts', '\nexport const greeting: string = ;\n');
    const broken = hello(root);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/^src\/greeting\.ts:2:33: error: Unexpected ";"$/m);
    expect(broken.stderr).toContain('export const greeting: string = ;');
    expect(broken.stderr).toContain(
      'The command line could not be built: fix the error above and run the command again.',
    );
    write('greeting.ts', "export const greeting: string = 'fixed';\n");
    expect(hello(root).stdout).toBe('fixed\n');
  });

  it('refuses a tool it does not know, naming those it has (exit code 2)', () => {
    const { root } = project();
    expect(tool('helo', root)).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining(
        'There is no tool named "helo": the tools are hello, bye.',
      ) as unknown,
    });
  });

  it('names the TypeScript source in a stack trace', () => {
    const { root } = project();
    const r = hello(root, 'throw');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Error: thrown on purpose');
    expect(r.stderr).toMatch(/at .*src\/hello\.ts:3:\d+/);
  });
});

/** A tool run from its TypeScript sources through tsx (CS_CLI_TSX=1), as in development. */
const fromSource = (name: string, ...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/launch.cjs', name, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', CS_CLI_TSX: '1' },
  });

describe('the built tools', () => {
  it('print what their TypeScript sources print (CS_CLI_TSX=1, through tsx)', () => {
    const args = ['scenarios/bank-money-transfer.yaml', '--json'];
    const built = runCli('simulate', ...args);
    const source = fromSource('simulate', ...args);
    expect(built.code).toBe(0);
    expect(source.status).toBe(0);
    expect(source.stdout).toBe(built.stdout);
  });

  it('write the aggregate of a study byte for byte as the sources do, its threads on their prebuilt entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'launch-study-'));
    const study = ['test/bench/reference-model.yaml', '--runs', '400', '--seed', 'launch'];
    // Two threads: the bundle's threads run build/cli/montecarlo-thread.js (no esbuild at run time).
    const built = runCli(
      'montecarlo',
      ...study,
      '--workers',
      '2',
      '--out',
      join(dir, 'built.json'),
    );
    const source = fromSource(
      'montecarlo',
      ...study,
      '--workers',
      '1',
      '--out',
      join(dir, 'src.json'),
    );
    expect(built.code).toBe(0);
    expect(source.status).toBe(0);
    expect(readFileSync(join(dir, 'built.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'src.json'), 'utf8'),
    );
  });
});
