/**
 * Part of `npm run bench`: how long the loader takes to answer large and hostile files
 * (src/cli/large-inputs.ts; the tests check the answers, test/scenario/large-files.test.ts).
 * Targets: time linear in the number of keys, and any file under the 5 MB limit answered in
 * under 2 s. Wall and CPU time are both shown: on a shared machine the CPU time is the
 * steadier figure. It prints figures; it asserts nothing.
 */
import { parseScenario, type LoadResult } from '../scenario/index.ts';
import { measure } from './bench-clock.ts';
import {
  bankJsonWithKeys,
  bankWithKeys,
  bankWithKeysUpToLimit,
  bankWithNestedKeys,
  bankWithYearLongExceptions,
  scenarioAtLimits,
  withVariants,
} from './large-inputs.ts';

const f = (n: number): string => n.toLocaleString('en-US');

function answer(r: LoadResult): string {
  const count = (list: readonly { message: string }[]): string => {
    const more = /^(\d+) more issue/.exec(list[list.length - 1]?.message ?? '');
    const total = more ? list.length - 1 + Number(more[1]) : list.length;
    return `${list.length - (more ? 1 : 0)} of ${f(total)}`;
  };
  if (r.ok) return `loaded, ${count(r.warnings)} warnings shown`;
  const first = r.errors[0];
  return `refused, ${count(r.errors)} errors shown (first: ${first?.line === null ? '' : `line ${first?.line}: `}${first?.message.slice(0, 60) ?? ''})`;
}

/** Best of `times` parses: wall seconds, CPU seconds (the process's, every thread). */
function timeParse(
  text: string,
  fileName: string,
  times: number,
  reader: 'fast' | 'yaml' = 'fast',
): [LoadResult, number, number] {
  let best: [LoadResult, number, number] | null = null;
  for (let i = 0; i < times; i++) {
    const { value: r, wall, cpu } = measure(() => parseScenario(text, fileName, { reader }));
    if (best === null || wall < best[1]) best = [r, wall, cpu];
  }
  return best!;
}

export function benchParse(): void {
  parseScenario(bankWithKeys(2000), 'warm-up.yaml');
  const deep = `${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`;
  const limit = bankWithKeysUpToLimit();
  const rows: [string, () => string, string, number, ('fast' | 'yaml')?][] = [
    ...[10_000, 40_000, 80_000, 200_000].map((n): [string, () => string, string, number] => [
      `bank + ${f(n)} unknown keys`,
      () => bankWithKeys(n),
      'keys.yaml',
      n,
    ]),
    [
      `the same 200,000 keys, the yaml library only (the reader for anchors, tags, merge keys)`,
      () => bankWithKeys(200_000),
      'keys.yaml',
      200_000,
      'yaml',
    ],
    [`the same 200,000 keys as JSON`, () => bankJsonWithKeys(200_000), 'keys.json', 200_000],
    [
      `200,000 keys, the last repeating an earlier one`,
      () => bankWithKeys(199_999, 7),
      'dup.yaml',
      200_000,
    ],
    [
      `bank + ${f(limit.keys)} unknown keys, the most under 5 MB`,
      () => limit.text,
      'limit.yaml',
      limit.keys,
    ],
    [
      '6 components with 20,000 unknown keys each',
      () => bankWithNestedKeys(20_000),
      'nested.yaml',
      120_000,
    ],
    [
      'a valid scenario at the limits (2,000 components, 10,000 injects)',
      () => scenarioAtLimits(),
      'limits.yaml',
      0,
    ],
    [
      'the same, every inject naming an unknown component',
      () => scenarioAtLimits(2000, 10_000, true),
      'refs.yaml',
      0,
    ],
    [
      'the scenario at the limits with 50 variants',
      () => withVariants(scenarioAtLimits(), 50),
      'variants.yaml',
      0,
    ],
    [
      'the bank with 5,000 calendar exceptions of a year each',
      () => bankWithYearLongExceptions(5000),
      'exceptions.yaml',
      0,
    ],
    ['a block mapping nested 3,000 deep', () => deep, 'deep.yaml', 0],
  ];
  const lines = [
    'Parsing large files (targets: linear in the keys; any file under 5 MB answered in < 2 s)',
  ];
  for (const [label, make, fileName, keys, reader] of rows) {
    const text = make();
    const [r, wall, cpu] = timeParse(text, fileName, text.length > 1e6 ? 2 : 3, reader);
    const perKey = keys > 0 ? `, ${((wall / keys) * 1e6).toFixed(1)} µs per key` : '';
    lines.push(
      `  ${label} (${(text.length / 1048576).toFixed(2)} MB): ${wall.toFixed(2)} s (CPU ${cpu.toFixed(2)} s)${perKey} ${wall < 2 ? '(met)' : '(MISSED)'}; ${answer(r)}`,
    );
  }
  console.log(lines.join('\n'));
}
