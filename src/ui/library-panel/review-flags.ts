/**
 * The review-cycle flags of a stored scenario's plans (analysis/plan-document/review.ts): each
 * plan with a `review:` that is overdue for review or not exercised within its cycle on the
 * browser's today, judged with the library's last-exercised mark. A scenario's text is parsed
 * once per revision; text that does not parse has no flags (the editor shows its errors).
 */
import { planLastExercised } from '../storage/plan-exercised.ts';
import { reviewFlags, reviewStatus } from '../../analysis/plan-document/review.ts';
import type { PlanReview } from '../../core/model.ts';
import { wantsHolidayData } from '../../scenario/holiday-data.ts';
import { parseScenario } from '../../scenario/index.ts';
import type { StoredScenario } from '../storage/index.ts';

export interface PlanFlags {
  readonly plan: string;
  readonly flags: readonly string[];
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The browser's local date `YYYY-MM-DD` of epoch ms. */
export const localDate = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

type Reviews = readonly {
  readonly id: string;
  readonly name: string;
  readonly review: PlanReview;
}[];

/** Parses once per scenario revision (the text changes only with the revision). */
export class ReviewFlagCache {
  readonly #parsed = new Map<string, { revision: number; reviews: Reviews }>();

  #reviews(s: StoredScenario): Reviews {
    const known = this.#parsed.get(s.id);
    if (known && known.revision === s.revision) return known.reviews;
    let reviews: Reviews = [];
    try {
      const r = parseScenario(s.text, s.name);
      if (r.ok)
        reviews = r.scenario.plans.flatMap((p) =>
          p.review ? [{ id: p.id, name: p.name, review: p.review }] : [],
        );
      // Its holiday data not fetched yet (it is being fetched now): read again next time.
      else if (wantsHolidayData(r.errors)) return reviews;
    } catch {
      reviews = [];
    }
    this.#parsed.set(s.id, { revision: s.revision, reviews });
    return reviews;
  }

  /** The plans of `s` to attend to on the local date of `now`. */
  flags(s: StoredScenario, now: number): PlanFlags[] {
    const today = localDate(now);
    return this.#reviews(s).flatMap(({ id, name, review }) => {
      const at = planLastExercised(s, id);
      const flags = reviewFlags(reviewStatus(review, today, at === null ? null : localDate(at)));
      return flags.length ? [{ plan: name, flags }] : [];
    });
  }
}
