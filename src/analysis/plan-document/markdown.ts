/**
 * The continuity plan document as Markdown: the sections in the order a reader needs them
 * (purpose and scope; hours, holidays and objectives; business impact and single points of
 * failure; dependencies; invocation; call tree; recovery plans; exercise and version history;
 * review cycle). What `npm run plan` prints and the app's Export Markdown downloads.
 */
import { planMarkdown } from './markdown-plans.ts';
import { bullets, prose, table } from './markdown-parts.ts';
import { diagramList, mermaidFlowchart } from './diagram-text.ts';
import { reviewFlags } from './review.ts';
import { dateText, minutesText, money, percentText } from './text.ts';
import type { PlanDocument, ServiceSection } from './types.ts';

export const SECTION_TITLES = [
  'Purpose and scope',
  'Agreed hours, holidays and objectives',
  'Business impact over time',
  'Dependencies',
  'Invocation',
  'Call tree',
  'Recovery plans',
  'Exercise history',
  'Version history',
  'Review cycle',
] as const;

const heading = (n: number): string => `## ${n}. ${SECTION_TITLES[n - 1]}`;

function purpose(doc: PlanDocument): string {
  const services = doc.services.map((s) => s.name).join(', ');
  return [
    heading(1),
    '',
    `This plan sets out how ${prose(services)} ${doc.services.length === 1 ? 'is' : 'are'} kept within ${doc.services.length === 1 ? 'its' : 'their'} agreed objectives when something fails: when to invoke the plan and who decides, who is called and how, and the recovery procedures with their owners and times. The figures come from the scenario *${prose(doc.scenario)}*: the business impact analysis and simulations of each failure.`,
    '',
    `**Scope:** ${doc.scope === null ? 'every service' : 'one service'} (${prose(services)}); ${doc.plans.length} recovery plan${doc.plans.length === 1 ? '' : 's'} (${prose(doc.plans.map((p) => p.name).join(', ') || 'none')}); ${doc.teams.length} team${doc.teams.length === 1 ? '' : 's'} in the call tree.`,
    ...(doc.description ? ['', `> ${prose(doc.description).replace(/\n/g, '\n> ')}`] : []),
  ].join('\n');
}

function objectives(s: ServiceSection): string {
  const o = s.objectives;
  return [
    `### ${prose(s.name)}`,
    '',
    `- Agreed hours: ${s.agreedHours}`,
    ...(s.priority !== null
      ? [`- Priority when recovery steps wait for the same team: ${s.priority}`]
      : []),
    '',
    table(
      ['Objective', 'Value'],
      [
        ['Availability (share of agreed hours up)', percentText(o.availability)],
        ['RTO (recovery time objective)', minutesText(o.rtoMinutes)],
        ['RPO (recovery point objective)', minutesText(o.rpoMinutes)],
        ['MTPD (maximum tolerable period of disruption)', minutesText(o.mtpdMinutes)],
        ['MBCO (minimum business continuity objective)', o.mbco],
      ],
    ),
    '',
    s.holidays.length
      ? `Holidays and exceptions to the agreed hours:\n\n${table(
          ['Date', 'Agreed hours', 'Note'],
          s.holidays.map((h) => [dateText(h.date), h.hours, h.note]),
        )}`
      : 'No holidays or exceptions to the agreed hours.',
  ].join('\n');
}

function impact(s: ServiceSection): string {
  const c = (x: number) => money(x, s.currency);
  const more = s.disruptionsAnalysed - s.impact.length;
  return [
    `### ${prose(s.name)}`,
    '',
    `Each disruption placed at the worst moment in agreed hours (${dateText(s.peak.slice(0, 10))} ${s.peak.slice(11, 16)}), recovery plans at their most-likely durations; the cost after 1, 4, 24 and 72 hours of outage inside agreed hours. From the business impact analysis, costliest first.`,
    '',
    s.impact.length
      ? table(
          [
            'Disruption',
            'Time to restore',
            'Down in agreed hours',
            'RTO',
            'Cost',
            'After 1 h',
            'After 4 h',
            'After 24 h',
            'After 72 h',
          ],
          s.impact.map((r) => [
            r.label,
            r.timeToRestoreMinutes === null
              ? 'not within the window'
              : minutesText(r.timeToRestoreMinutes),
            minutesText(r.downMinutes),
            `${r.rto}${r.mtpdBreached ? ', MTPD breached' : ''}`,
            c(r.cost),
            c(r.h1),
            c(r.h4),
            c(r.h24),
            c(r.h72),
          ]),
          [1, 2, 4, 5, 6, 7, 8],
        )
      : 'The analysis found no disruption of this service.',
    ...(more > 0
      ? ['', `${more} more disruption${more === 1 ? '' : 's'} in the business impact analysis.`]
      : []),
    '',
    '**Single points of failure:**',
    '',
    s.spofs.length
      ? s.spofs.map((x) => `- ${prose(x.text)}`).join('\n')
      : 'None: every component has a stand-in.',
  ].join('\n');
}

function dependencies(s: ServiceSection): string {
  return [
    `### ${prose(s.name)}`,
    '',
    '```mermaid',
    mermaidFlowchart(s.diagram),
    '```',
    '',
    bullets(diagramList(s.diagram)),
  ].join('\n');
}

function invocation(s: ServiceSection): string {
  const inv = s.invocation;
  return [
    `### ${prose(s.name)}`,
    '',
    inv
      ? [
          `- **Invoke when:** ${prose(inv.criteria)}`,
          `- **Decided by:** ${inv.decidedBy === null ? 'not said' : prose(inv.decidedBy)}`,
          `- **Assessment before the decision:** ${inv.assessmentMinutes === null ? 'not said' : minutesText(inv.assessmentMinutes)}`,
        ].join('\n')
      : 'Not set: give the service an `invocation:` block (criteria, decidedBy, assessment) to print when to invoke and who decides.',
  ].join('\n');
}

function callTree(doc: PlanDocument): string {
  if (doc.teams.length === 0) return `${heading(6)}\n\nNo step names an owner: no team to call.`;
  const contacts = doc.teams.filter((t) => t.contacts.length > 0);
  return [
    heading(6),
    '',
    table(
      [
        'Team',
        'People at once',
        'Working hours',
        'Call-out outside hours',
        'Escalates to',
        'Plans',
      ],
      doc.teams.map((t) => [
        t.declared ? t.name : `${t.name} (not a declared team: always at work)`,
        t.size === null ? 'unlimited' : String(t.size),
        t.hours,
        t.callOut,
        t.escalation ?? '—',
        t.plans.map((id) => doc.plans.find((p) => p.id === id)?.name ?? id).join(', ') || '—',
      ]),
    ),
    '',
    contacts.length
      ? contacts
          .map(
            (t) =>
              `**${prose(t.name)}**\n\n${t.contacts.map((c) => `- ${prose(c.role)}: ${prose(c.name)}${c.reach ? `, ${prose(c.reach)}` : ''}`).join('\n')}`,
          )
          .join('\n\n')
      : 'No contacts given: add `contacts:` (role, name, reach) to the teams.',
  ].join('\n');
}

/** What the document says where the library's history is not at hand (the command line, a scenario not kept in the library). */
export const NO_HISTORY = {
  exercises:
    "Not in this document: exercises and their after-action reports are kept in the app's scenario library, for the scenarios kept there (My scenarios). Print or export the plan in the app, with the scenario opened from the library, to include them.",
  versions:
    "Not in this document: saved versions and their notes are kept in the app's scenario library, for the scenarios kept there (My scenarios).",
} as const;

function history(doc: PlanDocument, which: 'exercises' | 'versions'): string {
  const n = which === 'exercises' ? 8 : 9;
  const h = doc.history;
  if (h === null) return `${heading(n)}\n\n${NO_HISTORY[which]}`;
  const entries = h[which];
  const none =
    which === 'exercises'
      ? 'Never exercised: run the exercise in the Exercise tab, or mark the scenario as exercised in the Edit tab.'
      : 'No saved versions yet: save a version with a note in the Edit tab.';
  return [
    heading(n),
    '',
    ...(which === 'exercises'
      ? [`Last exercised: ${h.lastExercised === null ? 'never' : dateText(h.lastExercised)}.`, '']
      : []),
    entries.length
      ? table(
          ['When', which === 'exercises' ? 'Exercise and after-action report' : 'Note'],
          entries.map((e) => [
            `${dateText(e.at.slice(0, 10))} ${e.at.slice(11, 16)}`,
            e.note || '—',
          ]),
        )
      : none,
  ].join('\n');
}

function reviewCycle(doc: PlanDocument): string {
  const rows = doc.plans.map((p) => {
    const r = p.review;
    if (!r) return [p.name, '—', '—', '—', '—', '—', 'no review cycle set'];
    const flags = reviewFlags(r);
    return [
      p.name,
      r.owner,
      `${r.every.count} ${r.every.unit}${r.every.count === 1 ? '' : 's'}`,
      r.last === null ? 'never' : r.last,
      r.due ?? 'now',
      r.exercisedWithinCycle === null ? 'not known here' : (r.lastExercised ?? 'never'),
      flags.length ? flags.map((f) => `**${f}**`).join('; ') : 'in order',
    ];
  });
  return [
    heading(10),
    '',
    `Judged on ${dateText(doc.date)}: a plan is overdue for review when its last review plus one cycle is before that date, and not exercised within the cycle when it was last exercised more than one cycle before it.`,
    '',
    table(['Plan', 'Owner', 'Every', 'Last review', 'Due', 'Last exercised', 'Status'], rows),
  ].join('\n');
}

export function planDocumentMarkdown(doc: PlanDocument): string {
  const perService = (n: number, part: (s: ServiceSection) => string) =>
    [heading(n), ...doc.services.map(part)].join('\n\n');
  return `${[
    `# ${prose(doc.title)}`,
    `Scenario: *${prose(doc.scenario)}* · Date of this document: ${dateText(doc.date)}${doc.timeZone ? ` · Times are local to ${doc.timeZone}` : ''}`,
    purpose(doc),
    perService(2, objectives),
    perService(3, impact),
    perService(4, dependencies),
    perService(5, invocation),
    callTree(doc),
    [heading(7), ...doc.plans.map((p, i) => planMarkdown(doc, p, i + 1))].join('\n\n'),
    history(doc, 'exercises'),
    history(doc, 'versions'),
    reviewCycle(doc),
  ].join('\n\n')}\n`;
}
