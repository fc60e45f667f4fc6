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
    text: 'The longest the service may stay down after a disruption before it must be restored. The recovery plan has to fit inside it, including the time to notice the failure and decide to act.',
  },
  rpo: {
    term: 'RPO: recovery point objective',
    text: 'How much data, measured in time, may be lost: the age of the last good backup or replica you restore from. Backups every hour mean up to an hour of data lost.',
  },
  mtpd: {
    term: 'MTPD: maximum tolerable period of disruption',
    text: 'Past this point the business takes unacceptable damage (lost customers, regulators, safety). The RTO must be shorter than the MTPD, with room to spare.',
  },
  mbco: {
    term: 'MBCO: minimum business continuity objective',
    text: 'The reduced level the business can live with while recovering, e.g. 50 % of normal capacity. Below it the service counts as down even if some of it still works.',
  },
  degraded: {
    term: 'Degraded service',
    text: 'The service works but below its full capacity, or below the demand: transactions are slow, queued or rejected.',
  },
  'recovery window': {
    term: 'Recovery window',
    text: 'From the moment the service went down to that moment plus the RTO. Restoring the service inside the window meets the RTO; after it, the RTO is breached.',
  },
} as const;

export type GlossaryKey = keyof typeof GLOSSARY;
