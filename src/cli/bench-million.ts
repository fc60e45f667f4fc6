/**
 * The bench's "1,000,000 bank runs" section: the study itself, not an estimate. It spawns the
 * montecarlo command as `npm run montecarlo` runs it (the script's node options; npm's own
 * ~0.2 s of start-up aside) on the bank with --runs 1000000 --out <a temporary file>, and adds
 * `--trace-gc` so that V8 prints each collection. It shows:
 * - the wall time and the CPU of the whole process (target: <= 60 s);
 * - the resident size, read from /proc every second (what `top` shows a user);
 * - each thread's live heap after each full collection (gc-trace.ts): flat means nothing is
 *   kept run after run (target: flat memory);
 * - that the study file covers all the runs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { integer as f } from '../analysis/figure-text.ts';
import { childrenCpu } from './child-cpu.ts';
import { flatLiveHeap, fullCollections, liveHeapFloors, type FullCollection } from './gc-trace.ts';
import { scriptNodeOptions } from './script-options.ts';

const RUNS = 1_000_000;
const TARGET_S = 60;
const SCENARIO = 'scenarios/bank-money-transfer.yaml';
const SAMPLE_MS = 1000;

/** The resident size of process `pid` in MB (Linux: /proc/PID/status), or null. */
function residentMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m === null ? null : Number(m[1]) / 1024;
  } catch {
    return null;
  }
}

interface Measured {
  readonly wall: number;
  readonly cpu: number | null;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Resident MB, one a second. */
  readonly resident: readonly number[];
}

function runMillion(out: string): Promise<Measured> {
  const args = [
    ...scriptNodeOptions('montecarlo', '.'),
    '--trace-gc',
    'src/cli/launch.cjs',
    'montecarlo',
    SCENARIO,
    '--runs',
    String(RUNS),
    '--out',
    out,
  ];
  return new Promise((resolve, reject) => {
    const cpu0 = childrenCpu();
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const resident: number[] = [];
    const sampler = setInterval(() => {
      const mb = child.pid === undefined ? null : residentMb(child.pid);
      if (mb !== null) resident.push(mb);
    }, SAMPLE_MS);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      const wall = (performance.now() - t0) / 1000;
      const cpu1 = childrenCpu();
      const cpu = cpu0 === null || cpu1 === null ? null : cpu1 - cpu0;
      resolve({ wall, cpu, code, stdout, stderr, resident });
    });
  });
}

/** The runs a study file covers (its ranges [from, to) summed). */
function coveredRuns(file: string): number {
  const study = JSON.parse(readFileSync(file, 'utf8')) as { ranges?: [number, number][] };
  return (study.ranges ?? []).reduce((sum, [from, to]) => sum + (to - from), 0);
}

const mb = (x: number): string => `${Math.round(x)} MB`;

function heapLine(name: string, list: readonly FullCollection[]): string {
  const after = list.map((c) => c.afterMb);
  const flat = flatLiveHeap(list);
  const range = `live heap after them ${Math.min(...after).toFixed(1)}-${Math.max(...after).toFixed(1)} MB`;
  if (flat === null)
    return `    ${name}: ${list.length} full collections, ${range}: too few to tell`;
  const [first, second] = liveHeapFloors(list);
  return `    ${name}: ${list.length} full collections, ${range}; the least in the first half ${first.toFixed(1)} MB, in the second ${second.toFixed(1)} MB: ${flat ? 'flat' : 'GROWING'}`;
}

export async function benchMillion(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'cs-million-'));
  const out = join(folder, 'bank-million.json');
  const lines = [
    `1,000,000 bank runs, measured: node [the script's options] --trace-gc src/cli/launch.cjs montecarlo ${SCENARIO} --runs ${RUNS} --out <file> (target: <= ${TARGET_S} s, flat memory)`,
  ];
  try {
    const m = await runMillion(out);
    if (m.code !== 0) {
      lines.push(`  the command failed (exit ${m.code}): ${m.stderr.trim().slice(0, 400)}`);
      return;
    }
    const covered = coveredRuns(out);
    const threads = [...fullCollections(m.stdout).values()];
    const flat = threads.map((list) => flatLiveHeap(list));
    const memoryMet = flat.length > 0 && flat.every((x) => x === true);
    const timeMet = m.wall <= TARGET_S && covered === RUNS;
    const at = (share: number): string =>
      m.resident.length === 0
        ? 'n/a'
        : mb(m.resident[Math.min(m.resident.length - 1, Math.floor(share * m.resident.length))]!);
    lines.push(
      `  ${m.wall.toFixed(1)} s wall${m.cpu === null ? '' : ` (CPU ${m.cpu.toFixed(1)} s, every thread)`}, ${f(covered)} runs in the study file, ${f(covered / m.wall)} runs/s: ${timeMet ? 'met' : 'missed'}`,
      `  resident size, sampled every second: ${at(0.1)} at 10 % of the time, ${at(0.5)} at half, ${at(0.95)} near the end, the most ${m.resident.length === 0 ? 'n/a' : mb(Math.max(...m.resident))}`,
      `    (V8 growing the threads' heaps towards their set sizes, the young generation's semi-spaces above all; what is kept is below)`,
      ...threads.map((list, k) => heapLine(`thread ${k + 1}`, list)),
      `  memory: ${memoryMet ? 'flat (met)' : 'not shown flat (missed)'}`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
    console.log(lines.join('\n'));
  }
}
