/**
 * Business impact analysis: what each disruption would cost the business, which components
 * are single points of failure, and how long each recovery plan takes. Pure and deterministic
 * (no random failures, no wall clock): the same scenario gives the same result, in Node or in
 * a worker.
 *
 *   runBia(scenario, { triples?, surges?, heatmap?, onProgress? }): BiaResult
 *     .placements   per service, the worst moment (agreed-hours minute of highest demand in
 *                   the whole horizon, surges included) and the opening of agreed hours
 *     .disruptions  every single failure, the pairs (and triples) that defeat redundancy or
 *                   hit a shared dependency, surges x1.1 / x1.5 / x2, corruption of each data
 *                   holder; each with its impact per service x placement x bound (low /
 *                   likely / high plan step durations; pairs and triples at likely only in
 *                   scenarios of more than 50 components),
 *                   ranked by cost at the worst moment with most-likely durations
 *     .spofs        components (or shared dependencies) whose loss alone takes a service
 *                   below its MBCO, from topology and capacities alone
 *     .plans        each plan's critical path at each bound and its dominant step; in
 *                   scenarios with teams, `withTeams`: the plan simulated for its first
 *                   component's failure at the worst moment and at night, its critical path
 *                   with the waits for its teams (call-out, waiting for a person) and what
 *                   dominates it (plan-runs.ts, recovery-figures.ts); a disruption's figures
 *                   carry the same paths (`recovery`) where a step waited for its team
 *     .runs         simulations run
 *     .heatmaps     with `heatmap: { rows }`, per service the costliest disruptions placed at
 *                   every hour of the worst moment's day, each cell one simulated disruption
 *                   with its injects (its replay)
 *   biaToCsv(result): the BIA table as CSV
 *   biaConditions(scenario, bound): the scenario as the BIA runs it; a replay on the timeline
 *                   runs a row's or a cell's injects on it and shows the same downtime and cost
 *
 * How a disruption is evaluated (conditions.ts, derive.ts, reduce.ts, evaluator.ts,
 * impact.ts): a derived scenario with no random failures and no scripted injects, plan steps
 * (and teams' call-outs) fixed at the bound, starting at midnight of the disruption's day and ending max(3 x MTPD,
 * 3 d) after that day; reduced to the part of the topology the disruption can change;
 * simulated with the disruption as injects (injects.ts, the same the replay uses) and
 * compared with the undisrupted run of the same day. Impacts are what the disruption adds.
 */
export { runBia } from './run-bia.ts';
export { biaToCsv } from './csv.ts';
export { biaConditions } from './conditions.ts';
export { dominantText, partNames, partText, pathText } from './path-text.ts';
export { disruptionInjects } from './injects.ts';
export { findSpofs } from './spofs.ts';
export { analysePlans, criticalPath } from './critical-path.ts';
export { enumerateDisruptions, DEFAULT_SURGES } from './disruptions.ts';
export { placementsOf } from './placements.ts';
export { surgeDuration, MAX_SURGE } from './surge.ts';
export { StaticTopology } from './static-impact.ts';
export * from './types.ts';
