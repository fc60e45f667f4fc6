/**
 * The guided first run on the bank scenario: one continuity idea per step, each pointing at the
 * part of the live app that shows it. Pure data; the app switches to `tab` and measures `target`.
 */
import type { GlossaryKey } from '../glossary.ts';

/** The app's tabs a step can show. */
export type TourTab = 'timeline' | 'bia' | 'montecarlo' | 'edit' | 'exercise';

export interface TourStep {
  readonly id: string;
  readonly title: string;
  /** Two to four plain sentences for a trainee, about the bank example. */
  readonly text: string;
  /** The glossary entry the step introduces, linked from the callout. */
  readonly term: GlossaryKey | null;
  /** The tab to show while the step is open. */
  readonly tab: TourTab;
  /**
   * A CSS selector, resolved in the app's shadow root: what the callout points at; ` >>> `
   * goes on inside the shadow root of the element found so far.
   */
  readonly target: string;
  /** 'outage': the timeline frames an outage of the run (its recovery window, RTO and MTPD marks). */
  readonly frame?: 'outage';
}

/** The scenario the tour is written for. */
export const TOUR_SCENARIO_ID = 'bank-money-transfer';

export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'welcome',
    title: 'Welcome to the continuity simulator',
    text: "This is a bank's money transfer service, the worked example of IT service continuity. It runs on a load balancer pair, two app servers and two databases, and the simulator breaks them on a timeline. In a few steps you will meet the words planners use to decide whether an outage is acceptable. Use the arrow keys or the buttons to move; Escape ends the tour.",
    term: null,
    tab: 'timeline',
    target: 'header.intro',
  },
  {
    id: 'agreed-hours',
    title: 'Agreed service hours',
    text: 'The bank promises transfers from 09:00 to 16:00, Monday to Friday: the shaded bands on the timeline. Only downtime inside them counts against the 99.5 % availability target. A database that fails at 02:00 and is back by 08:00 costs the bank nothing in SLA terms.',
    term: 'agreed hours',
    tab: 'timeline',
    target: 'cs-timeline-view',
  },
  {
    id: 'rto',
    title: 'RTO: 2 hours to restore the service',
    text: 'When transfers stop, the bank allows 2 hours to restore them: its RTO. The timeline draws this recovery window from the start of each outage and says whether the recovery plan finished inside it. The time to notice the failure and decide to act counts too.',
    term: 'rto',
    tab: 'timeline',
    target: 'cs-timeline-view',
    frame: 'outage',
  },
  {
    id: 'mtpd',
    title: 'MTPD: the 8 hours the business can bear',
    text: 'After 8 hours without transfers the bank takes damage it cannot accept: customers leave and the regulator steps in. The timeline marks this MTPD as a line after each outage. The 2 hour RTO sits well inside it, leaving room for a recovery that runs late.',
    term: 'mtpd',
    tab: 'timeline',
    target: 'cs-timeline-view',
    frame: 'outage',
  },
  {
    id: 'mbco',
    title: 'MBCO: half the transfers is still a service',
    text: 'The bank can live with half of the transfers its customers ask for getting through while it recovers: its MBCO, 50 % of the demand. With one app server down, the other still handles 600 transactions a minute: enough for a quiet hour (up), two thirds of a 900 a minute peak (degraded, some transfers slow or rejected), but a third of the 1,800 asked at month-end (below the MBCO: down).',
    term: 'mbco',
    tab: 'timeline',
    target: 'cs-timeline-view',
  },
  {
    id: 'rpo',
    title: 'RPO: at most 15 minutes of lost transfers',
    text: 'The RPO of 15 minutes is how much data, measured in time, the bank may lose. Failing over to the replica database loses about a minute of transfers; restoring last hour’s backup could lose up to an hour, four times the RPO. The metrics panel shows this run’s data loss against the RPO.',
    term: 'rpo',
    tab: 'timeline',
    target: 'cs-metrics-panel',
  },
  {
    id: 'redundancy',
    title: 'Redundancy, and the one thing without it',
    text: 'Transfers need the load balancer pair, at least 1 of the 2 app servers and at least 1 of the 2 databases. Either app server or either database can fail and the service carries on. The load balancer pair is a single component in series: if it fails, everything stops.',
    term: 'redundancy',
    tab: 'timeline',
    target: 'cs-topology-view',
  },
  {
    id: 'business-impact',
    title: 'Business impact: what each failure costs',
    text: 'The business impact analysis asks “what if?” for every failure: Database 1, both app servers, the load balancer. It prices each one in downtime inside agreed hours, lost transactions and euros (40,000 EUR an hour for the bank), ranks them and lists the single points of failure. Protect the top of that list first.',
    term: 'business impact',
    tab: 'bia',
    target: 'cs-bia-view >>> section[aria-labelledby="spof-title"]',
  },
  {
    id: 'exercise',
    title: 'Now rehearse it',
    text: 'You know the words of a continuity plan. Open the Exercise tab to run the bank’s bundled tabletop exercise: a database corruption at the month-end peak, released as injects as the clock runs. You decide when to invoke the plan, and the after-action report compares your decisions with the RTO and MTPD.',
    term: 'exercise',
    tab: 'timeline',
    target: 'nav.tabs',
  },
];
