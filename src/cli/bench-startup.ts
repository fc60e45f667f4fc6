/**
 * The bench's "Command line start-up" section: the wall time a user waits for `npm run
 * simulate` and `npm run montecarlo`, spawned as a user types them (npm included), median of
 * nine after one run that builds the tools if needed and fills the code cache. Also the same
 * commands without npm (`node [the script's node options] src/cli/launch.cjs ...`) and a bare
 * `node -e 0`, to show where the time goes: npm's own start-up (the difference) is not ours to cut.
 * And simulate on a copy of the bank edited before each run: what a first run of a changed file
 * costs, when the scenario store beside the build (scenario-store.ts) cannot help.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childrenCpu } from './child-cpu.ts';
import { scriptNodeOptions } from './script-options.ts';

const TIMES = 9;

interface Command {
  readonly label: string;
  readonly tool: string;
  readonly args: readonly string[];
  /** Target wall seconds of the npm command. */
  readonly target: number;
}

const COMMANDS: readonly Command[] = [
  {
    label: 'simulate the bank',
    tool: 'simulate',
    args: ['scenarios/bank-money-transfer.yaml', '--json'],
    target: 0.3,
  },
  {
    label: 'montecarlo 10,000 runs of the reference model',
    tool: 'montecarlo',
    args: ['test/bench/reference-model.yaml', '--runs', '10000', '--json'],
    target: 0.8,
  },
];

/**
 * Median wall seconds of `TIMES` runs of a command (after one unmeasured run), mean CPU seconds;
 * `before` runs before each run, untimed.
 */
function timed(
  command: string,
  args: readonly string[],
  before = (): void => {},
): { wall: number; cpu: number | null } {
  const once = (): number => {
    before();
    const t0 = performance.now();
    const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed (exit ${r.status}): ${r.stderr}`);
    return (performance.now() - t0) / 1000;
  };
  once();
  let cpu = 0;
  const times = Array.from({ length: TIMES }, () => {
    const cpu0 = childrenCpu();
    const wall = once();
    cpu += (childrenCpu() ?? NaN) - (cpu0 ?? NaN);
    return wall;
  }).sort((a, b) => a - b);
  return {
    wall: times[TIMES >> 1]!,
    cpu: Number.isNaN(cpu) ? null : cpu / TIMES,
  };
}

export function benchCommandLine(): void {
  const ms = (s: number): string => `${Math.round(s * 1000)} ms`;
  const figures = ({ wall, cpu }: { wall: number; cpu: number | null }): string =>
    `${ms(wall)}${cpu === null ? '' : ` (CPU ${ms(cpu)})`}`;
  const lines = [
    `Command line start-up: wall time, median of ${TIMES} (spawned as typed; CPU: mean, every process)`,
  ];
  lines.push(`  node -e 0 (the floor): ${figures(timed(process.execPath, ['-e', '0']))}`);
  for (const c of COMMANDS) {
    const viaNpm = timed('npm', ['run', c.tool, '--', ...c.args]);
    const direct = timed(process.execPath, [
      ...scriptNodeOptions(c.tool, '.'),
      'src/cli/launch.cjs',
      c.tool,
      ...c.args,
    ]);
    const verdict = viaNpm.wall <= c.target ? 'met' : 'missed';
    lines.push(
      `  ${c.label}: npm run ${c.tool} -- ${c.args.join(' ')}`,
      `    ${figures(viaNpm)}, target <= ${ms(c.target)}: ${verdict}; without npm ${figures(direct)}`,
    );
  }
  lines.push(
    `  simulate a freshly edited copy of the bank (read, checked and laid out afresh: the scenario`,
    `  store misses), npm run simulate -- <copy> --json: ${figures(editedCopy())}`,
  );
  console.log(lines.join('\n'));
}

/** `npm run simulate` on a copy of the bank edited before each run (a comment that changes). */
function editedCopy(): { wall: number; cpu: number | null } {
  const folder = mkdtempSync(join(tmpdir(), 'cs-bench-'));
  const copy = join(folder, 'bank-edited.yaml');
  const text = readFileSync('scenarios/bank-money-transfer.yaml', 'utf8');
  let edit = 0;
  try {
    return timed('npm', ['run', 'simulate', '--', copy, '--json'], () =>
      writeFileSync(copy, `${text}\n# edit ${edit++} at ${process.hrtime.bigint()}\n`),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
