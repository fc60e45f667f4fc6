/** Findings about who does what in a plan: no owner, unknown prerequisites, one owner on two critical steps at once. */
import { durationBounds } from '../../core/sampling.ts';
import type { RecoveryPlan } from '../../core/model.ts';
import type { AdvisorContext } from './context.ts';
import { suggest, type Finding } from './types.ts';

/** Start and end of every step with most-likely durations (prerequisites first). */
function schedule(plan: RecoveryPlan): Map<string, { start: number; end: number }> {
  const byId = new Map(plan.steps.map((s) => [s.id, s]));
  const out = new Map<string, { start: number; end: number }>();
  const visit = (id: string, seen: Set<string>): number => {
    const known = out.get(id);
    if (known) return known.end;
    const s = byId.get(id);
    if (!s || seen.has(id)) return 0;
    seen.add(id);
    const start = Math.max(0, ...s.after.map((p) => visit(p, seen)));
    const end = start + durationBounds(s.duration).likely;
    out.set(id, { start, end });
    return end;
  };
  for (const s of plan.steps) visit(s.id, new Set());
  return out;
}

export function ownerFindings(ctx: AdvisorContext): Finding[] {
  const out: Finding[] = [];
  for (const plan of ctx.scenario.plans) {
    const unowned = plan.steps.filter((s) => s.owner === null);
    const owners = plan.steps.flatMap((s) => (s.owner === null ? [] : [s.owner]));
    const usual = owners.sort(
      (a, b) => owners.filter((o) => o === b).length - owners.filter((o) => o === a).length,
    )[0];
    if (unowned.length)
      out.push({
        id: `unowned-steps:${plan.id}`,
        rule: 'unowned-steps',
        severity: 'warning',
        title: `${unowned.length} step${unowned.length === 1 ? '' : 's'} of "${plan.name}" ha${unowned.length === 1 ? 's' : 've'} no owner`,
        explanation: `Nobody is named for ${unowned.map((s) => `"${s.name}"`).join(', ')}. In a real incident a step without an owner waits until someone notices it is nobody's job.`,
        evidence: {
          steps: unowned.map((s) => s.id).join(', '),
          ownedSteps: plan.steps.length - unowned.length,
        },
        subject: [plan.id, ...unowned.map((s) => s.id)],
        suggestion: suggest(
          `Name an owner role for every step${usual ? ` (for example ${usual})` : ''}.`,
          usual
            ? unowned.map((st) => ({
                kind: 'set-step-owner' as const,
                plan: plan.id,
                step: st.id,
                owner: usual,
              }))
            : [],
        ),
      });
    const ids = new Set(plan.steps.map((s) => s.id));
    for (const s of plan.steps)
      for (const p of s.after.filter((x) => !ids.has(x)))
        out.push({
          id: `unknown-prerequisite:${plan.id}:${s.id}:${p}`,
          rule: 'unknown-prerequisite',
          severity: 'warning',
          title: `Step "${s.name}" of "${plan.name}" waits for an unknown step "${p}"`,
          explanation: `The plan says "${s.name}" starts after "${p}", but the plan has no such step, so nobody knows when it may start.`,
          evidence: { step: s.id, prerequisite: p },
          subject: [plan.id, s.id],
          suggestion: suggest(`Fix the prerequisite of "${s.name}" or add the missing step.`),
        });
    const times = schedule(plan);
    const critical = new Set(
      ctx.bia.plans.find((p) => p.plan === plan.id)?.paths.likely.steps ?? [],
    );
    const steps = plan.steps.filter((s) => s.owner !== null);
    for (let i = 0; i < steps.length; i++)
      for (let j = i + 1; j < steps.length; j++) {
        const a = steps[i]!;
        const b = steps[j]!;
        const ta = times.get(a.id);
        const tb = times.get(b.id);
        if (a.owner !== b.owner || !ta || !tb || !(critical.has(a.id) || critical.has(b.id)))
          continue;
        const overlap = Math.min(ta.end, tb.end) - Math.max(ta.start, tb.start);
        if (overlap <= 0) continue;
        out.push({
          id: `owner-overloaded:${plan.id}:${a.id}+${b.id}`,
          rule: 'owner-overloaded',
          severity: 'warning',
          title: `${a.owner} must do "${a.name}" and "${b.name}" at the same time`,
          explanation: `In "${plan.name}" both steps run in parallel and at least one is on the critical path, but both are owned by ${a.owner}. If that is one person or a small team, the steps will in fact run one after the other and the plan will take longer than it says.`,
          evidence: { owner: a.owner, steps: `${a.id}, ${b.id}`, overlapMinutes: overlap / 60_000 },
          subject: [plan.id, a.id, b.id],
          suggestion: suggest(
            `Give one of the two steps to another role, or plan them one after the other.`,
          ),
        });
      }
  }
  return out;
}
