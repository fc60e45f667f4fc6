/**
 * The bench's "Command line start-up" section: the wall time a user waits for `npm run
 * simulate` and `npm run montecarlo`, spawned as a user types them (npm included), median of
 * five after one run that builds the tools if needed and fills the code cache. Also the same
 * commands without npm (`node [the script's node options] src/cli/launch.cjs ...`) and a bare
 * `node -e 0`, to show where the time goes: npm's own start-up (the difference) is not ours to cut.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { scriptNodeOptions } from './script-options.ts';

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

/**
 * CPU seconds used so far by this process's finished children and theirs (user + system), from
 * /proc/self/stat (Linux; null elsewhere): it tells a busy machine from a slow command.
 */
function childrenCpu(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime, fields 16 and 17 of the whole line, in clock ticks (100 a second).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

/** Median wall seconds of `TIMES` runs of a command (after one unmeasured run), mean CPU seconds. */
function timed(command: string, args: readonly string[]): { wall: number; cpu: number | null } {
  const once = (): number => {
    const t0 = performance.now();
    const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed (exit ${r.status}): ${r.stderr}`);
    return (performance.now() - t0) / 1000;
  };
  once();
  const cpu0 = childrenCpu();
  const times = Array.from({ length: TIMES }, once).sort((a, b) => a - b);
  const cpu1 = childrenCpu();
  return {
    wall: times[TIMES >> 1]!,
    cpu: cpu0 === null || cpu1 === null ? null : (cpu1 - cpu0) / TIMES,
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
  console.log(lines.join('\n'));
}
