/** A component (configuration item) in the file: kind, capacity, failure model and age, recovery, data. */
import { z } from './zod.ts';
import { ComponentAgeSchema } from './age-format.ts';
import { FailureSchema } from './failure-format.ts';
import { duration, id, list, mapping, num, text } from './fields.ts';
import { describeValue, withHint } from './issues.ts';

export const KINDS = [
  'server',
  'database',
  'storage',
  'network',
  'load-balancer',
  'site',
  'third-party',
  'people',
  'other',
] as const;

const MINUTE = 60_000;

const DATA_EXAMPLE = 'data: { backupEvery: 1h, replicationLag: 1m }';

export const ComponentSchema = mapping(
  {
    id: id('component', 'db-1'),
    name: text({
      what: 'a component name',
      example: 'name: Database 1',
      description: 'Display name (default: the id).',
    }).optional(),
    kind: z
      .enum(KINDS, {
        error: (iss) =>
          withHint(
            `expected a kind (${KINDS.join(', ')}), got ${describeValue(iss.input)}`,
            'kind: server',
          ),
      })
      .meta({ description: `What the component is: ${KINDS.join(', ')}.` }),
    capacity: num(
      {
        what: 'a number of transactions per minute',
        example: 'capacity: 900',
        description: 'Transactions per minute it can serve; omit if not a constraint.',
      },
      { gt: 0, max: 1e9 },
    )
      .nullable()
      .optional(),
    failure: FailureSchema.optional(),
    ageAtStart: ComponentAgeSchema.optional(),
    detection: duration({
      what: 'a detection time',
      example: 'detection: 5m',
      description: 'Time between a failure and its detection (default 0m).',
    }).optional(),
    overload: mapping(
      {
        failAfter: duration({
          what: 'how long overload is survived',
          example: 'failAfter: 30m',
          description: 'Sustained overload longer than this fails the component.',
        }),
      },
      {
        what: 'overload behaviour',
        example: 'overload: { failAfter: 30m }',
        description: 'Fail after sustained overload (default: only saturate).',
      },
    ).optional(),
    recovery: id('plan', 'db-failover')
      .optional()
      .meta({ description: 'Id of the recovery plan that restores it. Example: db-failover' }),
    dependsOn: list(
      id('component', 'site-a'),
      {
        what: 'the components it depends on',
        example: 'dependsOn: [site-a]',
        description: 'Components it needs to work at all.',
      },
      { max: 2000 },
    ).optional(),
    data: mapping(
      {
        backupEvery: duration(
          {
            what: 'a backup interval',
            example: 'backupEvery: 1h',
            description: 'Backups every this long from the start.',
          },
          { min: [MINUTE, '1m'] },
        ).optional(),
        backupOffset: duration({
          what: 'a backup offset',
          example: 'backupOffset: 30m',
          description: 'Delay of the first backup (default 0m).',
        }).optional(),
        replicationLag: duration({
          what: 'a replication lag',
          example: 'replicationLag: 1m',
          description: 'Data lost on failure when a replica exists.',
        }).optional(),
      },
      { what: 'data protection', example: DATA_EXAMPLE, description: 'Backups and replication.' },
    ).optional(),
  },
  {
    what: 'a component',
    example: '- { id: db-1, kind: database, capacity: 900 }',
    description: 'A configuration item a service runs on.',
  },
);
