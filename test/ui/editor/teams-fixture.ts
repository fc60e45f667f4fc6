/** The scenario the Teams part's tests edit. */

/** A small valid scenario with teams, comments on their own lines and after values. */
export const FILE = `schema: continuity-scenario/2
name: Teams
start: 2026-01-05T00:00 # a Monday
horizon: 30d
calendar:
  agreedHours: { mon-fri: "08:00-18:00" }
services:
  - id: pay
    name: Payments
    requires: { series: [db] }
    objectives: { availability: 99%, rto: 2h, rpo: 15m, mtpd: 8h, mbco: 50% }
    impact: { costPerHour: 1000 }
    demand: { tpm: 100 }
components:
  - { id: db, name: Database, kind: database, failure: { exponential: { mtbf: 1000h } }, detection: 5m, recovery: rebuild }
# the people who recover
teams:
  - id: dba
    name: Database administrators # the DBAs
    size: 1
    hours: { mon-fri: "08:00-18:00" }
    callOut: 30m-1h # from home
  # the desk never sleeps
  - id: desk
    name: Service desk
    hours: always
    escalation: dba
plans:
  - id: rebuild
    name: Rebuild the database
    steps:
      - { id: assess, name: Assess, duration: 10m, owner: desk }
      - { id: restore, name: Restore, duration: 1h-2h, owner: dba, after: [assess] } # the long one
`;
