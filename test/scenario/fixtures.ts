/** A small valid scenario with known line numbers, and helpers to break it one line at a time. */
export const BASE_LINES = [
  'schema: continuity-scenario/2', // 1
  'name: Small bank', // 2
  'start: 2026-01-05T00:00', // 3
  'horizon: 30d', // 4
  'calendar:', // 5
  '  agreedHours:', // 6
  '    mon-fri: "09:00-16:00"', // 7
  '  exceptions:', // 8
  '    - { date: 2026-01-06, closed: true }', // 9
  'services:', // 10
  '  - id: transfers', // 11
  '    requires:', // 12
  '      series:', // 13
  '        - lb', // 14
  '        - { atLeast: 1, of: [db-1, db-2] }', // 15
  '    objectives: { availability: 99.5%, rto: 2h, rpo: 15m, mtpd: 8h, mbco: 50% }', // 16
  '    impact: { costPerHour: 40000 }', // 17
  '    demand:', // 18
  '      tpm: 1000', // 19
  '      weekdays: { mon-fri: 1, sat-sun: 0.1 }', // 20
  'components:', // 21
  '  - id: lb', // 22
  '    kind: load-balancer', // 23
  '    capacity: 5000', // 24
  '    recovery: lb-failover', // 25
  '  - id: db-1', // 26
  '    kind: database', // 27
  '    capacity: 900', // 28
  '    failure: { exponential: { mtbf: 2500h } }', // 29
  '    recovery: db-failover', // 30
  '  - id: db-2', // 31
  '    kind: database', // 32
  '    capacity: 900', // 33
  '    recovery: db-failover', // 34
  'plans:', // 35
  '  - id: lb-failover', // 36
  '    steps:', // 37
  '      - { id: switch, duration: 5m-15m, owner: network }', // 38
  '  - id: db-failover', // 39
  '    steps:', // 40
  '      - { id: assess, duration: 5m-15m }', // 41
  '      - { id: promote, duration: { min: 10m, likely: 15m, max: 30m }, after: [assess] }', // 42
  'injects:', // 43
  '  - { at: 2026-01-05T10:00, action: fail, component: db-1 }', // 44
];

export const BASE = `${BASE_LINES.join('\n')}\n`;

/** The base text with line `n` (1-based) replaced by `text` (which may hold several lines). */
export function withLine(n: number, text: string): string {
  const lines = [...BASE_LINES];
  lines[n - 1] = text;
  return `${lines.join('\n')}\n`;
}

/** The base text with lines `from`..`to` (1-based, inclusive) replaced by `text`. */
export function withLines(from: number, to: number, text: string): string {
  const lines = [...BASE_LINES];
  lines.splice(from - 1, to - from + 1, ...text.split('\n'));
  return `${lines.join('\n')}\n`;
}
