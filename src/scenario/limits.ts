/** Hard limits that keep a scenario file (and the browser reading it) sane. */
export const LIMITS = {
  textBytes: 5 * 1024 * 1024,
  depth: 32,
  aliases: 100,
  components: 2000,
  services: 200,
  plans: 2000,
  teams: 500,
  stepsPerPlan: 500,
  injects: 10_000,
  horizonDays: 7305,
  /** Days a calendar's exceptions may cover in all, overlaps counted (20 years of dates). */
  calendarExceptionDays: 7305,
  /** Changes tried on a scenario that a link may carry (`edit=`); each is checked in turn. */
  linkEdits: 1000,
  /** Problems a link reports one by one (the app shows each as a notice). */
  linkProblems: 50,
} as const;
