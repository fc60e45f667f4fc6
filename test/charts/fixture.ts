/**
 * A hand-built TimelineModel for one week from Monday 2026-01-05: agreed hours 09:00-16:00 on
 * weekdays with Wednesday 7 January closed; two outages (10:00-13:12 Monday breaches its 2 h
 * RTO by 1h 12m; 10:00-11:30 Thursday meets it); a plan run with three steps; two components.
 */
import type { ComponentSpan, TimelineModel } from '../../src/analysis/timeline-types.ts';
import type { ServiceInterval } from '../../src/core/trace.ts';
import { START_EPOCH, at } from '../support/model-builder.ts';
import { days, hours } from '../../src/core/time.ts';

const iv = (
  start: number,
  end: number,
  state: ServiceInterval['state'],
  demand: number,
  capacity: number | null,
): ServiceInterval => ({ start, end, state, demand, capacity });

const span = (
  start: number,
  end: number,
  state: ComponentSpan['state'],
  capacityShare = state === 'operational' ? 1 : 0,
): ComponentSpan => ({ start, end, state, capacityShare });

const HORIZON = days(7);

export const agreedWeekdays = [0, 1, 3, 4].map((d) => ({ start: at(d, 9), end: at(d, 16) }));

export const weekModel: TimelineModel = {
  horizon: HORIZON,
  startEpoch: START_EPOCH,
  timeZone: null,
  agreed: agreedWeekdays,
  closedDays: [{ start: at(2, 0), end: at(3, 0) }],
  service: {
    id: 'transfers',
    name: 'Money transfer',
    fullCapacity: 1200,
    mbco: { kind: 'share', share: 0.5 },
    rto: hours(2),
    mtpd: hours(8),
    intervals: [
      iv(0, at(0, 10), 'up', 300, 1200),
      iv(at(0, 10), at(0, 13, 12), 'down', 900, 0),
      iv(at(0, 13, 12), at(1, 11), 'up', 400, 1200),
      iv(at(1, 11), at(1, 11, 30), 'degraded', 1000, 600),
      iv(at(1, 11, 30), at(3, 10), 'up', 300, null),
      iv(at(3, 10), at(3, 11, 30), 'down', 900, 0),
      iv(at(3, 11, 30), HORIZON, 'up', 300, 1200),
    ],
  },
  outages: [
    {
      service: 'transfers',
      start: at(0, 10),
      end: at(0, 13, 12),
      ongoing: false,
      rtoDeadline: at(0, 12),
      mtpdDeadline: at(0, 18),
      rtoMet: false,
      planSlowerThanRto: true,
      mtpdBreached: false,
      minutesInAgreedHours: 192,
      unavailable: ['app-1', 'app-2'],
      switchover: null,
    },
    {
      service: 'transfers',
      start: at(3, 10),
      end: at(3, 11, 30),
      ongoing: false,
      rtoDeadline: at(3, 12),
      mtpdDeadline: at(3, 18),
      rtoMet: true,
      planSlowerThanRto: false,
      mtpdBreached: false,
      minutesInAgreedHours: 90,
      unavailable: ['app-1'],
      switchover: null,
    },
  ],
  switchovers: [],
  planRuns: [
    {
      component: 'app-1',
      plan: 'app-rebuild',
      planName: 'Rebuild app server',
      incident: 1,
      start: at(0, 10),
      end: at(0, 13, 12),
      outcome: 'completed',
      steps: [
        { step: 'detect', name: 'Detect', owner: 'ops', start: at(0, 10), end: at(0, 10, 15) },
        {
          step: 'rebuild',
          name: 'Rebuild',
          owner: 'sysadmin',
          start: at(0, 10, 15),
          end: at(0, 12, 45),
        },
        { step: 'verify', name: 'Verify', owner: null, start: at(0, 12, 45), end: at(0, 13, 12) },
      ],
    },
  ],
  components: [
    {
      id: 'app-1',
      name: 'App server 1',
      spans: [
        span(0, at(0, 10), 'operational'),
        span(at(0, 10), at(0, 10, 15), 'failed'),
        span(at(0, 10, 15), at(0, 13, 12), 'recovering'),
        span(at(0, 13, 12), at(3, 10), 'operational'),
        span(at(3, 10), at(3, 10, 30), 'failed'),
        span(at(3, 10, 30), at(3, 11, 30), 'recovering'),
        span(at(3, 11, 30), HORIZON, 'operational'),
      ],
    },
    {
      id: 'app-2',
      name: 'App server 2',
      spans: [
        span(0, at(0, 10), 'operational'),
        span(at(0, 10), at(0, 13, 12), 'failed'),
        span(at(0, 13, 12), at(1, 11), 'operational'),
        span(at(1, 11), at(1, 11, 30), 'degraded', 0.5),
        span(at(1, 11, 30), at(1, 12), 'overloaded', 1),
        span(at(1, 12), HORIZON, 'operational'),
      ],
    },
  ],
};
