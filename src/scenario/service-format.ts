/** A service in the file: what it requires, its objectives, impact, demand and hours. */
import { CalendarSchema } from './calendar-format.ts';
import { DemandSchema } from './demand-format.ts';
import { InvocationSchema, PrioritySchema } from './invocation-format.ts';
import { duration, id, mapping, num, percent, text, unitField } from './fields.ts';
import { parseMbco } from './units.ts';
import { describeValue, withHint } from './issues.ts';
import { TopologySchema } from './topology-format.ts';
import { z } from './zod.ts';

const D = (what: string, example: string, description: string) =>
  duration({ what, example, description });

export const ObjectivesSchema = mapping(
  {
    availability: percent(
      {
        what: 'the availability target',
        example: 'availability: 99.5%',
        description: 'Share of agreed hours the service must be up.',
      },
      '99.5%',
    ),
    rto: D(
      'the recovery time objective (rto)',
      'rto: 2h',
      'Recovery time objective: longest tolerable outage before restoration.',
    ),
    rpo: D(
      'the recovery point objective (rpo)',
      'rpo: 15m',
      'Recovery point objective: most data, in time, that may be lost.',
    ),
    mtpd: D(
      'the maximum tolerable period of disruption (mtpd)',
      'mtpd: 8h',
      'Maximum tolerable period of disruption; must not be shorter than the RTO.',
    ),
    mbco: unitField(parseMbco, {
      what: 'the minimum business continuity objective (mbco)',
      example: 'mbco: 50%',
      description:
        'Minimum business continuity objective, judged against demand: a share of the transactions asked for at each moment (50%), or a rate (600 tpm); below it the service counts as down.',
      pattern: '^\\s*\\d+(\\.\\d+)?\\s*(%|tpm)\\s*$',
    }),
  },
  {
    what: 'the objectives',
    example: 'objectives: { availability: 99.5%, rto: 2h, rpo: 15m, mtpd: 8h, mbco: 50% }',
    description: 'Service level and continuity objectives.',
  },
);

export const ImpactSchema = mapping(
  {
    costPerHour: num(
      {
        what: 'a cost per hour of outage',
        example: 'costPerHour: 40000',
        description: 'Cost of one hour of outage inside agreed hours.',
      },
      { min: 0, max: 1e12 },
    ),
    costPerUnservedTransaction: num(
      {
        what: 'a cost per unserved transaction',
        example: 'costPerUnservedTransaction: 0.5',
        description: 'Cost of one transaction not served in agreed hours (default 0).',
      },
      { min: 0, max: 1e9 },
    ).default(0),
    costPerHourOfDataLost: num(
      {
        what: 'a cost per hour of data lost',
        example: 'costPerHourOfDataLost: 60000',
        description:
          "Cost of one hour of the service's data lost (transactions to re-key, reconcile or refund), counted once however many copies lose it (default 0).",
      },
      { min: 0, max: 1e12 },
    ).default(0),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, {
        error: (iss) =>
          withHint(
            `expected a three-letter currency code, got ${describeValue(iss.input)}`,
            'currency: EUR',
          ),
      })
      .default('EUR')
      .meta({ description: 'ISO 4217 currency code (default EUR). Example: EUR' }),
  },
  {
    what: 'the business impact',
    example: 'impact: { costPerHour: 40000 }',
    description: 'What an outage costs.',
  },
);

export const ServiceSchema = mapping(
  {
    id: id('service', 'transfers'),
    name: text({
      what: 'a service name',
      example: 'name: Money transfer',
      description: 'Display name (default: the id).',
    }).optional(),
    requires: TopologySchema,
    objectives: ObjectivesSchema,
    impact: ImpactSchema,
    demand: DemandSchema,
    calendar: CalendarSchema.optional(),
    priority: PrioritySchema.optional(),
    invocation: InvocationSchema.optional(),
  },
  {
    what: 'a service',
    example:
      '- { id: transfers, requires: app-1, objectives: {...}, impact: {...}, demand: {...} }',
    description: 'A business service and what it runs on.',
  },
);
