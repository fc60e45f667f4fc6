/** Failure models in the file: none, exponential, Weibull or lognormal time to failure. */
import { z } from './zod.ts';
import { duration, mapping, num } from './fields.ts';
import { describeValue, withHint } from './issues.ts';

const MINUTE = 60_000;
const FAILURE_HINT =
  'failure: { exponential: { mtbf: 2500h } } (or none, { weibull: { shape: 1.5, scale: 4000h } }, { lognormal: { median: 500h, sigma: 1 } })';
const atLeastAMinute = (what: string, example: string, description: string) =>
  duration({ what, example, description }, { min: [MINUTE, '1m'] });

export const FailureSchema = z
  .union(
    [
      z.literal('none').transform(() => ({ type: 'none' as const })),
      mapping(
        {
          exponential: mapping(
            {
              mtbf: atLeastAMinute(
                'the mean time between failures (mtbf)',
                'mtbf: 2500h',
                'Mean time between failures.',
              ),
            },
            {
              what: 'exponential parameters',
              example: '{ mtbf: 2500h }',
              description: 'Constant failure rate.',
            },
          ),
        },
        {
          what: 'an exponential failure model',
          example: '{ exponential: { mtbf: 2500h } }',
          description: 'Failures at a constant rate.',
        },
      ).transform((f) => ({ type: 'exponential' as const, mtbf: f.exponential.mtbf })),
      mapping(
        {
          weibull: mapping(
            {
              shape: num(
                {
                  what: 'a Weibull shape',
                  example: 'shape: 1.5',
                  description: 'Above 1: wear-out; below 1: infant mortality.',
                },
                { gt: 0, max: 100 },
              ),
              scale: atLeastAMinute('the Weibull scale', 'scale: 4000h', 'Characteristic life.'),
            },
            {
              what: 'Weibull parameters',
              example: '{ shape: 1.5, scale: 4000h }',
              description: 'Weibull time to failure.',
            },
          ),
        },
        {
          what: 'a Weibull failure model',
          example: '{ weibull: { shape: 1.5, scale: 4000h } }',
          description: 'Weibull time to failure.',
        },
      ).transform((f) => ({
        type: 'weibull' as const,
        shape: f.weibull.shape,
        scale: f.weibull.scale,
      })),
      mapping(
        {
          lognormal: mapping(
            {
              median: atLeastAMinute(
                'the median time to failure',
                'median: 500h',
                'Median time to failure.',
              ),
              sigma: num(
                {
                  what: 'a lognormal sigma',
                  example: 'sigma: 1',
                  description: 'Spread of log time to failure.',
                },
                { gt: 0, max: 10 },
              ),
            },
            {
              what: 'lognormal parameters',
              example: '{ median: 500h, sigma: 1 }',
              description: 'Lognormal time to failure.',
            },
          ),
        },
        {
          what: 'a lognormal failure model',
          example: '{ lognormal: { median: 500h, sigma: 1 } }',
          description: 'Lognormal time to failure.',
        },
      ).transform((f) => ({
        type: 'lognormal' as const,
        median: f.lognormal.median,
        sigma: f.lognormal.sigma,
      })),
    ],
    {
      error: (iss) =>
        withHint(`expected a failure model, got ${describeValue(iss.input)}`, FAILURE_HINT),
    },
  )
  .meta({
    description: `How the component fails by itself (default none). Example: ${FAILURE_HINT}`,
  });
