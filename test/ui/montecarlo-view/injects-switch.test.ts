// @vitest-environment happy-dom
/**
 * The Monte Carlo tab's switch "Include the scripted and live injects": off by default, one
 * switch for the study, the comparison and the sensitivity analysis, kept by the session (as
 * the results are), and every result says which it used.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Inject } from '../../../src/core/model.ts';
import '../../../src/ui/montecarlo-view/define.ts';
import type { CsMonteCarloView } from '../../../src/ui/montecarlo-view/montecarlo-view.ts';
import { MonteCarloSession } from '../../../src/ui/montecarlo-view/session.ts';
import { inlineWorker } from '../../../src/workers/montecarlo-serve.ts';
import { bank, bankVariant } from '../../analysis/sensitivity/bank.ts';
import { at } from '../../support/model-builder.ts';

const live: Inject[] = [{ at: at(1, 6), action: 'fail', component: 'lb-a' }];

/** The app's part: it keeps the session and gives the view the session's revision. */
function mount(session?: MonteCarloSession) {
  let view: CsMonteCarloView | null = null;
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = {
    addController: (c) => void controllers.push(c),
    removeController: () => {},
    requestUpdate: () => {
      if (view && s) view.revision = s.revision;
    },
    get updateComplete() {
      return Promise.resolve(true);
    },
  };
  const s = session ?? new MonteCarloSession(host, 1, inlineWorker);
  view = document.createElement('cs-montecarlo-view');
  view.session = s;
  view.revision = s.revision;
  view.baseline = bank;
  view.scenario = bank;
  view.liveInjects = live;
  view.variants = [
    { name: 'one-database', description: '', scenario: bankVariant('one-database') },
  ];
  view.service = 'transfers';
  view.seed = 'ui';
  document.body.append(view);
  return { view, session: s };
}

const root = (el: Element): ShadowRoot => el.shadowRoot as ShadowRoot;
const squash = (t: string | null | undefined): string => (t ?? '').replace(/\s+/g, ' ').trim();

function toggle(view: CsMonteCarloView): HTMLInputElement {
  const label = [...root(view).querySelectorAll('label')].find((l) =>
    squash(l.textContent).includes('Include the scripted and live injects'),
  );
  const input = label?.querySelector<HTMLInputElement>('input[role=switch]');
  if (!input) throw new Error('no switch labelled "Include the scripted and live injects"');
  return input;
}
const help = (view: CsMonteCarloView): string =>
  squash(root(view).querySelector('#injects-help')?.textContent);

/** Runs a study of 20 runs and waits for its basis line to say `expected`. */
async function runStudy(view: CsMonteCarloView, expected: string): Promise<string> {
  const study = root(view).querySelector('cs-mc-study')!;
  await study.updateComplete;
  const runs = root(study).querySelector<HTMLInputElement>('input[name=runs]')!;
  runs.value = '20';
  runs.dispatchEvent(new Event('input'));
  await study.updateComplete;
  root(study).querySelector('form')!.requestSubmit();
  const basis = () => squash(root(study).querySelector('[data-testid=mc-basis]')?.textContent);
  await vi.waitFor(() => expect(basis()).toContain(expected), { timeout: 10_000 });
  return basis();
}

afterEach(() => document.body.replaceChildren());

describe('<cs-montecarlo-view> injects switch', () => {
  it('is off by default, a labelled, focusable switch that says what is left out', async () => {
    const { view, session } = mount();
    await view.updateComplete;
    const input = toggle(view);
    expect(input.checked).toBe(false);
    expect(input.getAttribute('aria-describedby')).toBe('injects-help');
    expect(input.disabled).toBe(false);
    input.focus();
    expect(root(view).activeElement).toBe(input);
    expect(session.injects).toBe('none');
    expect(help(view)).toContain(
      "Off: each run has the random failures only, so the figures say how likely each outcome is; the scenario's 3 scripted injects and your 1 live inject are left out.",
    );
    expect(help(view)).toContain('The timeline and the exercise keep their injects.');
  });

  it('turned on, includes the scripted and live injects in every task, and stays on in a new view', async () => {
    const { view, session } = mount();
    await view.updateComplete;
    toggle(view).click();
    await view.updateComplete;
    expect(session.injects).toBe('scripted');
    expect(toggle(view).checked).toBe(true);
    expect(help(view)).toContain(
      "On: the scenario's 3 scripted injects and your 1 live inject happen in every run, on top of the random failures",
    );
    // The tab is left and opened again: the app keeps the session, and with it the switch.
    view.remove();
    const again = mount(session).view;
    await again.updateComplete;
    expect(toggle(again).checked).toBe(true);
  });

  it('every study says which it used; the switch makes an earlier result stale', async () => {
    const { view, session } = mount();
    await view.updateComplete;
    expect(await runStudy(view, 'random failures only')).toMatch(
      /^20 runs · master seed ui · .* · baseline · random failures only$/,
    );
    expect(session.results.study!.aggregate.injects).toBe('none');
    expect(session.results.study!.estimates.injects).toBe('none');
    // The study table gives P(plan slower than RTO) with its interval, next to P(RTO breach).
    const rows = [...root(root(view).querySelector('cs-mc-study')!).querySelectorAll('tr')].map(
      (r) => squash(r.textContent),
    );
    const slower = rows.findIndex((r) =>
      r.startsWith('Probability that a recovery plan is slower than the RTO'),
    );
    expect(rows[slower - 1]).toMatch(/^Probability of at least one RTO breach/);
    expect(rows[slower]).toMatch(
      /slower than the RTO \d+\.\d % \d+\.\d % – \d+\.\d % in or out of agreed hours; outside them it is no breach/,
    );

    toggle(view).click();
    await view.updateComplete;
    const study = root(view).querySelector('cs-mc-study')!;
    await study.updateComplete;
    expect(squash(root(study).querySelector('.stale')?.textContent)).toBe(
      'computed without the injects, which are now included; run it again',
    );

    // 3 scripted injects and the live one.
    expect(await runStudy(view, 'random failures and 4 injects in every run')).toMatch(
      /^20 runs · master seed ui · .* · baseline · random failures and 4 injects in every run$/,
    );
    const result = session.results.study!;
    expect(result.aggregate.injects).toBe('scripted');
    expect(result.scenario.injects).toContainEqual(live[0]);
    expect(root(study).querySelector('.stale')).toBeNull();
  });

  it('applies to the comparison too: each variant runs with the live injects, and says so', async () => {
    const { view, session } = mount();
    await view.updateComplete;
    toggle(view).click();
    const nav = [...root(view).querySelectorAll<HTMLButtonElement>('nav button')];
    nav.find((b) => squash(b.textContent) === 'Compare variants')!.click();
    await view.updateComplete;
    const compare = root(view).querySelector('cs-mc-compare')!;
    await compare.updateComplete;
    const runs = root(compare).querySelector<HTMLInputElement>('input[name=runs]')!;
    runs.value = '10';
    runs.dispatchEvent(new Event('input'));
    await compare.updateComplete;
    root(compare).querySelectorAll('form')[1]!.requestSubmit();
    const basis = () =>
      squash(root(compare).querySelector('[data-testid=mc-compare-basis]')?.textContent);
    await vi.waitFor(() => expect(basis()).toContain('in every run'), { timeout: 10_000 });
    expect(basis()).toMatch(/baseline and 1 variant · random failures and 4 injects in every run$/);
    const result = session.results.compare!;
    expect(result.injects).toBe('scripted');
    expect(result.variants[0]!.comparison.injects).toBe('scripted');
    expect(result.variants[0]!.scenario.injects).toContainEqual(live[0]);
  });
});
