/**
 * The shape of a Monte Carlo aggregate file (`npm run montecarlo -- --out`, the app's Download
 * aggregate): which fields, of which types. What the figures must satisfy among themselves
 * (counts within the runs, sums within min × n and max × n, ...) is study-invariants.ts.
 */
import { z } from '../../scenario/zod.ts';
import { COUNTS, MEASURES } from './aggregate.ts';
import { FORMAT, FORMAT_WITHOUT_DIGEST } from './study-aggregate.ts';
import type { InjectsMode } from './study-injects.ts';

const whole = z.int({ error: 'expected a whole number' });
const count = whole.min(0, { error: 'expected a whole number, 0 or more' });
/** A BigInt written as text (the exact fixed-point sums). */
const integerText = z.string().regex(/^-?\d{1,400}$/, { error: 'expected a whole number as text' });

const momentsSchema = z.strictObject({
  n: count,
  sum: integerText,
  sumSq: integerText,
  min: whole.nullable(),
  max: whole.nullable(),
});

/** [bin, count] or [bin, count, first run]. */
const binSchema = z.union([z.tuple([count, count]), z.tuple([count, count, count])], {
  error: 'expected [bin, count] or [bin, count, first run]',
});

const measureSchema = z.strictObject({
  moments: momentsSchema,
  histogram: z.array(binSchema),
});

const serviceSchema = z.strictObject({
  service: z.string().min(1, { error: 'expected a service id' }),
  name: z.string(),
  target: z.number().min(0).max(1),
  currency: z.string(),
  counts: z.strictObject(
    Object.fromEntries(COUNTS.map((k) => [k, count])) as Record<
      (typeof COUNTS)[number],
      typeof count
    >,
  ),
  measures: z.strictObject(
    Object.fromEntries(MEASURES.map((k) => [k, measureSchema])) as Record<
      (typeof MEASURES)[number],
      typeof measureSchema
    >,
  ),
});

export const studyFileSchema = z.strictObject({
  format: z.enum([FORMAT, FORMAT_WITHOUT_DIGEST]),
  scenario: z.string(),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected 16 hex digits' }),
  masterSeed: z.string(),
  plannedRuns: whole.min(1, { error: 'expected a whole number of runs, 1 or more' }),
  injects: z.enum(['none', 'scripted'] as const satisfies readonly InjectsMode[]),
  ranges: z.array(z.tuple([count, count], { error: 'expected a run range [from, to]' })),
  services: z.array(serviceSchema).min(1, { error: 'a study has at least one service' }),
});

export type StudyFileJson = z.infer<typeof studyFileSchema>;

/** `services[0].counts.runs` for a zod path. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
    .join('') || 'the file';

/** The file's shape, or what is wrong with it (each problem with its path). */
export function checkShape(
  value: unknown,
): { ok: true; json: StudyFileJson } | { ok: false; problems: string[] } {
  const result = studyFileSchema.safeParse(value);
  if (result.success) return { ok: true, json: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`),
  };
}
