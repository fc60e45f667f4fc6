/**
 * npm run exercise -- <scenario.yaml> [--seed S] [--decide ID=OPTION@TIME]... [--release ID@TIME]...
 *                     [--end TIME] [--json] [--replay report.json]
 * Plays a scenario's exercise without the clock, from decisions and releases given on the
 * command line, and prints its after-action report; or replays the log of a report exported
 * from the app and checks that the run is the same (exit 1 when it is not).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { advise } from '../analysis/advisor/index.ts';
import { runBia } from '../analysis/bia/index.ts';
import { formatLocal } from '../core/civil.ts';
import type { Scenario } from '../core/model.ts';
import { localAt, readingsOf } from '../core/zone.ts';
import { exerciseOf } from '../exercise/injects.ts';
import type { ExerciseLog } from '../exercise/log.ts';
import { readReplayInput, type ReplayInput } from '../exercise/log-schema.ts';
import { afterActionReport } from '../exercise/report.ts';
import { playScript, type ScriptedCommand } from '../exercise/scripted.ts';
import { misreading } from '../scenario/time-zone.ts';
import { parseLocalDateTime } from '../scenario/units.ts';
import { formatAfterAction } from './format-exercise.ts';
import { CliError, readScenario, runMain } from './read-scenario.ts';

const USAGE = `Usage: npm run exercise -- <scenario.yaml|json> [options]

  --seed S                 the seed (default 1)
  --decide ID=OPTION@TIME  the team takes OPTION of decision ID at TIME (repeatable)
  --release ID@TIME        the facilitator releases inject ID at TIME (repeatable)
  --end TIME               the facilitator ends the exercise at TIME
  --json                   print the report as JSON (as the app exports it)
  --replay FILE            replay the seed and log of a report exported from the app and check
                           that the run is the same (exit 1 if not)
  --help                   show this help

TIME is HH:MM on the day the exercise starts, or a local YYYY-MM-DDTHH:MM.
Decisions not taken get their default when their time runs out.`;

function timeOf(scenario: Scenario, text: string, what: string): number {
  const exercise = exerciseOf(scenario);
  const day = formatLocal(localAt(scenario, exercise.start)).slice(0, 10);
  const full = /^\d{1,2}:\d{2}$/.test(text) ? `${day}T${text.padStart(5, '0')}` : text;
  const parsed = parseLocalDateTime(full);
  if (!parsed.ok)
    throw new CliError(`${what}: ${parsed.message}; write HH:MM (on ${day}) or ${day}T11:30`);
  const readings = readingsOf(scenario, parsed.value);
  const skipped = scenario.timeZone && misreading(scenario.timeZone, parsed.value, full);
  if (readings.length === 0 && skipped)
    throw new CliError(`${what}: ${skipped.message}; ${skipped.hint}`);
  // A time the clocks show twice is read as the first, as in scenario files.
  return readings[0]!;
}

function commandsOf(
  scenario: Scenario,
  decide: readonly string[],
  release: readonly string[],
  end: string | undefined,
): ScriptedCommand[] {
  const out: ScriptedCommand[] = [];
  for (const d of decide) {
    const m = /^([^=@]+)=([^=@]+)@(.+)$/.exec(d);
    if (!m)
      throw new CliError(
        `--decide ${d}: expected ID=OPTION@TIME, e.g. --decide invocation=invoke-now@11:35`,
      );
    out.push({
      at: timeOf(scenario, m[3]!, `--decide ${d}`),
      kind: 'decide',
      decision: m[1]!,
      option: m[2]!,
    });
  }
  for (const r of release) {
    const m = /^([^@]+)@(.+)$/.exec(r);
    if (!m) throw new CliError(`--release ${r}: expected ID@TIME, e.g. --release regulator@12:00`);
    out.push({ at: timeOf(scenario, m[2]!, `--release ${r}`), kind: 'release', inject: m[1]! });
  }
  if (end !== undefined) out.push({ at: timeOf(scenario, end, `--end ${end}`), kind: 'end' });
  return out;
}

/** The seed, log and notes of an exported report; exit 2 naming each problem. */
function readReport(path: string, scenario: Scenario): ReplayInput {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `${path}: no such file`
        : `${path}: not a readable JSON report (${code ?? (error as Error).message})`,
    );
  }
  const read = readReplayInput(value, exerciseOf(scenario));
  if (!read.ok)
    throw new CliError(
      `${read.problems.map((p) => `${path}: ${p}`).join('\n')}\n${path}: the report cannot be replayed; nothing was run.`,
    );
  return read.replay;
}

runMain(() => {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        seed: { type: 'string', default: '1' },
        decide: { type: 'string', multiple: true, default: [] },
        release: { type: 'string', multiple: true, default: [] },
        end: { type: 'string' },
        json: { type: 'boolean', default: false },
        replay: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) throw new CliError(`Give exactly one scenario file.\n\n${USAGE}`);
  const scenario = readScenario(positionals[0]!);
  try {
    exerciseOf(scenario);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  const findings = advise(scenario, runBia(scenario));
  if (values.replay !== undefined) {
    const exported = readReport(values.replay, scenario);
    let replay;
    try {
      replay = afterActionReport({
        scenario,
        seed: exported.seed,
        log: exported.log,
        findings,
        notes: exported.notes,
      });
    } catch (error) {
      // Entries each sound, yet together impossible for this exercise (the script has changed).
      throw new CliError(
        `${values.replay}: the log cannot be replayed on this scenario: ${(error as Error).message}`,
      );
    }
    process.stdout.write(
      `${values.json ? JSON.stringify(replay, null, 2) : formatAfterAction(replay)}\n`,
    );
    const same = replay.fingerprints.run === exported.fingerprints?.run;
    const script = replay.fingerprints.script === exported.fingerprints?.script;
    process.stderr.write(
      same
        ? `Replayed: the same run (fingerprint ${replay.fingerprints.run}).\n`
        : `The replay differs: fingerprint ${replay.fingerprints.run}, the report has ${exported.fingerprints?.run ?? 'none'}${script ? '' : '; the exercise script has changed since the report was made'}.\n`,
    );
    if (!same) process.exitCode = 1;
    return;
  }
  const exercise = exerciseOf(scenario);
  const { log, problems }: { log: ExerciseLog; problems: { problem: string }[] } = playScript(
    exercise,
    commandsOf(scenario, values.decide, values.release, values.end),
  );
  for (const p of problems) process.stderr.write(`warning: a command did nothing: ${p.problem}\n`);
  const report = afterActionReport({ scenario, seed: values.seed, log, findings });
  process.stdout.write(
    `${values.json ? JSON.stringify(report, null, 2) : formatAfterAction(report)}\n`,
  );
});
