/** Short explanations of the continuity terms the UI shows, written for a trainee. */
export const GLOSSARY = {
  'agreed hours': {
    term: 'Agreed service hours',
    text: 'The hours in which the business needs the service and the IT provider has promised it, e.g. 09:00-16:00 on business days. Only downtime inside them counts against the availability target: an outage at 02:00 fixed by 08:00 costs nothing in SLA terms.',
  },
  availability: {
    term: 'Availability target',
    text: 'The share of agreed hours the service must be up, e.g. 99.5 %. Over 1,820 agreed hours a year, 99.5 % allows about 9 hours of downtime.',
  },
  rto: {
    term: 'RTO: recovery time objective',
    text: 'The longest the service may stay down after a disruption before it must be restored. The recovery plan has to fit inside it, including the time to notice the failure and decide to act. It is judged in business terms: the RTO is breached when the service is still down after disruption + RTO at a moment it is needed (inside agreed hours). A plan that overruns only at night is flagged as "plan slower than the RTO, outside agreed hours" instead: no business impact, but worth a look.',
  },
  rpo: {
    term: 'RPO: recovery point objective',
    text: 'How much data, measured in time, may be lost: the age of the last good backup or replica you restore from. Backups every hour mean up to an hour of data lost.',
  },
  mtpd: {
    term: 'MTPD: maximum tolerable period of disruption',
    text: 'Past this point the business takes unacceptable damage (lost customers, regulators, safety). The RTO must be shorter than the MTPD, with room to spare. Like the RTO it is breached only when the service is still down after disruption + MTPD inside agreed hours.',
  },
  mbco: {
    term: 'MBCO: minimum business continuity objective',
    text: 'The reduced level the business can live with while recovering, judged against what it asks for at that moment: "mbco: 50%" means at least half of the transactions asked for get through, "mbco: 600 tpm" at least 600 a minute (or all of a smaller demand). Below it the service counts as down even if some of it still works. It is never judged against installed capacity, so adding capacity can only help.',
  },
  degraded: {
    term: 'Degraded service',
    text: 'The service works but cannot serve all of the demand: some transactions are slow, queued or rejected, yet more than the MBCO gets through. Spare capacity lost while all the demand is still served is not a degradation (the service is up), though the redundancy it gave is gone.',
  },
  'recovery window': {
    term: 'Recovery window',
    text: 'From the moment the service went down to that moment plus the RTO. Restoring the service inside the window meets the RTO; after it, the RTO is breached if the service was needed (agreed hours) while it stayed down.',
  },
  'business impact': {
    term: 'Business impact analysis (BIA)',
    text: 'For each thing that can go wrong, what it costs the business over time: money per hour of outage in agreed hours, transactions lost, and when a regulator must be told. It ranks what to protect first.',
  },
  redundancy: {
    term: 'Redundancy',
    text: 'Spare components that keep the service up when one fails: "at least 1 of 2 databases" means either database can carry the service alone. Redundancy can still fail together if both copies share a cause, such as one data centre.',
  },
  'standby group': {
    term: 'Standby (active/passive) group',
    text: 'Two members of which only one serves: the active. When it stops working, the standby takes over after a switch-over (promoting a replica, rerouting to the passive load balancer), and the service gets nothing from the pair meanwhile. Unlike "at least 1 of 2", where both serve and losing one costs nothing, losing the active costs the switch-over time.',
  },
  switchover: {
    term: 'Switch-over',
    text: 'The time a standby group needs to bring its standby into service once the active stops working: a short outage when the pair is needed in series, a degradation when other members share the load. With failback "return", switching back to the original active is a second switch-over.',
  },
  'age at start': {
    term: 'Age at start',
    text: 'How worn the components are when the simulation begins. By default they start brand new: with wear-out (a Weibull shape above 1) the first simulated year then has fewer failures than later years, about 11 % fewer for the bank\'s databases. "ageAtStart: steady-state" starts them as a long-running estate would be, with failures at their long-run rate from the first day.',
  },
  'single point of failure': {
    term: 'Single point of failure (SPOF)',
    text: 'A component whose loss alone stops the service, because nothing else can take over its work. Find them first: they are where redundancy or a fast recovery plan pays most.',
  },
  invocation: {
    term: 'Invocation',
    text: 'The decision to trigger the continuity plan, e.g. to fail over or move to the standby site. The plan says when to invoke (the criteria, in business terms), who decides and how long the assessment before the decision may take; invoking late is a classic reason for missing the RTO.',
  },
  team: {
    term: 'Recovery team',
    text: 'The people who do the steps of a recovery plan, e.g. the database administrators. A team has working hours and a size: how many steps it can work on at once. When two failures need the same single DBA, the second recovery waits until the first step is done. A step whose owner names no declared team starts at once, as if an unlimited team were always at work.',
  },
  'call-out': {
    term: 'Call-out',
    text: 'Bringing a team to work outside its working hours: the on-call person is phoned, gets up, logs in or travels in. The call-out delay (e.g. 30 min to 1 h) comes before the first step the team takes on at night, at the weekend or on a holiday, and often decides whether a night failure meets the RTO. A team at work round the clock (24x7) needs no call-out.',
  },
  'review cycle': {
    term: 'Review cycle',
    text: 'How often the owner of a plan checks it and brings it up to date, e.g. every 12 months, and when that last happened. Systems, people and phone numbers change: a plan not reviewed within its cycle is overdue, and so is one not exercised within it.',
  },
  detection: {
    term: 'Detection delay',
    text: 'The time between a component failing and someone (or monitoring) noticing. Recovery cannot start before detection, so this delay eats into the RTO.',
  },
  'recovery plan': {
    term: 'IT recovery plan',
    text: 'The ordered, partly parallel steps that restore a component or service: diagnose, decide to invoke, fail over, restore from backup, verify. Each step has a duration (often a range), an owner and the steps it waits for.',
  },
  'critical path': {
    term: 'Critical path',
    text: 'The longest chain of steps in a recovery plan, each waiting for the one before. It sets how long the whole plan takes: shortening any other step does not restore the service sooner.',
  },
  'recovery options': {
    term: 'Recovery options',
    text: 'The ways to get a service back, from cheapest to fastest: do nothing, a manual workaround, a reciprocal arrangement, cold standby (more than 72 hours), warm standby (24-72 hours), hot standby (under 24 hours) and mirroring, with no noticeable outage. Faster options cost more.',
  },
  exercise: {
    term: 'Exercise',
    text: 'A rehearsal of the continuity plan: a team talks through a scenario round a table, or runs a real failover. It shows whether the plan and the people work before a real disruption does.',
  },
  inject: {
    term: 'Inject',
    text: 'A scripted event released during an exercise or a run, e.g. "09:40 Database 1 reports corruption". The team decides what to do about it; in the simulator an inject can also fail or degrade a component.',
  },
  'after-action report': {
    term: 'After-action report',
    text: 'Written after an exercise: what happened, when each decision was taken, and how that compares with the plan and the objectives. Its lessons become changes to the plan.',
  },
  seed: {
    term: 'Seed',
    text: 'The number that drives the random draws of a run: when components fail and how long each step takes. The same scenario with the same seed always gives the same run, so anyone can reproduce what you saw.',
  },
  variant: {
    term: 'Variant',
    text: 'The scenario with some changes tried on it, e.g. longer agreed hours or a shorter RTO. Comparing a variant with the baseline shows the impact of a change on the plans before anyone makes it.',
  },
  'Monte Carlo': {
    term: 'Monte Carlo study',
    text: "Running the same scenario many times with different seeds, then looking at the spread of results: how often the RTO is breached, how much downtime a typical year brings. One run is one story; many runs give the odds. The runs have the random failures only: the scenario's scripted injects are left out unless you include them.",
  },
} as const;

export type GlossaryKey = keyof typeof GLOSSARY;
