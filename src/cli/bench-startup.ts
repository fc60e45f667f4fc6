/**
 * The bench's "Command line start-up" section: the wall time a user waits for `npm run
 * simulate` and `npm run montecarlo`, spawned as a user types them (npm included), median of
 * five after one run that builds the tools if needed and fills the code cache. Also the same
 * commands without npm (`node src/cli/launch.cjs ...`) and a bare `node -e 0`, to show where
 * the time goes: npm's own start-up is not ours to cut.
 */
import { spawnSync } from 'node:child_process';

const TIMES = 5;

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

/** Median wall seconds of `TIMES` runs of a command (after one unmeasured run). */
function medianWall(command: string, args: readonly string[]): number {
  const once = (): number => {
    const t0 = performance.now();
    const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed (exit ${r.status}): ${r.stderr}`);
    return (performance.now() - t0) / 1000;
  };
  once();
  const times = Array.from({ length: TIMES }, once).sort((a, b) => a - b);
  return times[TIMES >> 1]!;
}

export function benchCommandLine(): void {
  const ms = (s: number): string => `${Math.round(s * 1000)} ms`;
  const lines = [`Command line start-up: wall time, median of ${TIMES} (spawned as typed)`];
  const node = medianWall(process.execPath, ['-e', '0']);
  lines.push(`  node -e 0 (the floor): ${ms(node)}`);
  for (const c of COMMANDS) {
    const viaNpm = medianWall('npm', ['run', c.tool, '--', ...c.args]);
    const direct = medianWall(process.execPath, ['src/cli/launch.cjs', c.tool, ...c.args]);
    const verdict = viaNpm <= c.target ? 'met' : 'missed';
    lines.push(
      `  ${c.label}: npm run ${c.tool} -- ${c.args.join(' ')}`,
      `    ${ms(viaNpm)} (target <= ${ms(c.target)}: ${verdict}); without npm ${ms(direct)}`,
    );
  }
  console.log(lines.join('\n'));
}
