// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/ui/tour/define.ts';
import { GLOSSARY } from '../../../src/ui/glossary.ts';
import type { CsTour } from '../../../src/ui/tour/tour.ts';
import { findTarget } from '../../../src/ui/app/tour-controller.ts';
import { TOUR_STEPS, type TourStep } from '../../../src/ui/tour/tour-steps.ts';

const steps: readonly TourStep[] = [
  {
    id: 'welcome',
    title: 'Welcome',
    text: 'This is the bank.',
    term: null,
    tab: 'timeline',
    target: 'header.intro',
  },
  {
    id: 'rto',
    title: 'RTO',
    text: 'Two hours.',
    term: 'rto',
    tab: 'timeline',
    target: 'cs-timeline-view',
  },
  {
    id: 'exercise',
    title: 'Rehearse',
    text: 'Open the Exercise tab.',
    term: 'exercise',
    tab: 'timeline',
    target: 'nav.tabs',
  },
];

async function mount(index: number, targetRect: DOMRect | null = null) {
  const tour = document.createElement('cs-tour');
  Object.assign(tour, { steps, index, open: true, targetRect });
  document.body.append(tour);
  await tour.updateComplete;
  const fired: string[] = [];
  tour.addEventListener('cs-tour-step', (e) => fired.push(`step ${e.detail.index}`));
  tour.addEventListener('cs-tour-end', (e) => fired.push(`end completed:${e.detail.completed}`));
  return { tour, fired, root: tour.shadowRoot as ShadowRoot };
}

const callout = (root: ShadowRoot): HTMLElement => root.querySelector('[role="dialog"]')!;

function button(root: ShadowRoot, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

const press = (tour: CsTour, key: string) =>
  callout(tour.shadowRoot!).dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true }),
  );

afterEach(() => document.body.replaceChildren());

describe('<cs-tour>', () => {
  it('shows step n of N in a non-modal dialog labelled by the step title', async () => {
    const { root } = await mount(1);
    const dialog = callout(root);
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('RTO');
    expect(dialog.textContent).toContain('Step 2 of 3');
    expect(dialog.textContent).toContain('Two hours.');
  });

  it('links the step term to the glossary with a <cs-term>', async () => {
    const { root } = await mount(1);
    expect(root.querySelector('cs-term')?.getAttribute('key')).toBe('rto');
  });

  it('renders nothing while closed', async () => {
    const { tour, root } = await mount(0);
    tour.open = false;
    await tour.updateComplete;
    expect(callout(root)).toBeNull();
  });

  it('fires cs-tour-step with the next index on Next and on ArrowRight', async () => {
    const { tour, root, fired } = await mount(1);
    button(root, 'Next').click();
    press(tour, 'ArrowRight');
    expect(fired).toEqual(['step 2', 'step 2']);
  });

  it('fires cs-tour-step with the previous index on Back and on ArrowLeft, but not from the first step', async () => {
    const { tour, root, fired } = await mount(1);
    button(root, 'Back').click();
    press(tour, 'ArrowLeft');
    expect(fired).toEqual(['step 0', 'step 0']);
    tour.index = 0;
    await tour.updateComplete;
    expect(button(root, 'Back').disabled).toBe(true);
    press(tour, 'ArrowLeft');
    expect(fired).toHaveLength(2);
  });

  it('fires cs-tour-end completed:false on Escape and on Skip tour', async () => {
    const { tour, root, fired } = await mount(0);
    press(tour, 'Escape');
    button(root, 'Skip tour').click();
    expect(fired).toEqual(['end completed:false', 'end completed:false']);
  });

  it('offers Finish on the last step, which fires cs-tour-end completed:true', async () => {
    const { root, fired } = await mount(2);
    expect(() => button(root, 'Next')).toThrow();
    button(root, 'Finish').click();
    expect(fired).toEqual(['end completed:true']);
  });

  it('focuses the callout on each step', async () => {
    const { tour, root } = await mount(0);
    expect(root.activeElement).toBe(callout(root));
    (document.activeElement as HTMLElement | null)?.blur();
    tour.index = 1;
    await tour.updateComplete;
    expect(root.activeElement).toBe(callout(root));
  });

  it('outlines the target and places the callout below it', async () => {
    const { root } = await mount(1, new DOMRect(40, 100, 500, 200));
    const outline = root.querySelector<HTMLElement>('.highlight')!;
    expect(outline.style.top).toBe('96px');
    expect(outline.style.left).toBe('36px');
    expect(outline.style.width).toBe('508px');
    expect(callout(root).dataset['side']).toBe('below');
    expect(callout(root).style.top).toBe('316px');
  });
});

describe('the bank tour steps', () => {
  it('introduce agreed hours, RTO, MTPD, MBCO, RPO, redundancy and business impact in order', () => {
    expect(TOUR_STEPS.map((s) => s.term)).toEqual([
      null,
      'agreed hours',
      'rto',
      'mtpd',
      'mbco',
      'rpo',
      'redundancy',
      'business impact',
      'exercise',
    ]);
  });

  it('start at the scenario header and end at the tabs, on the timeline', () => {
    expect(TOUR_STEPS[0]).toMatchObject({ target: 'header.intro', tab: 'timeline' });
    expect(TOUR_STEPS.at(-1)).toMatchObject({ target: 'nav.tabs', tab: 'timeline' });
  });

  it('have unique ids, glossary terms that exist, and two to four sentences each', () => {
    expect(new Set(TOUR_STEPS.map((s) => s.id)).size).toBe(TOUR_STEPS.length);
    for (const step of TOUR_STEPS) {
      if (step.term) expect(GLOSSARY).toHaveProperty([step.term]);
      const sentences = step.text.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
      expect(sentences, step.id).toBeGreaterThanOrEqual(2);
      expect(sentences, step.id).toBeLessThanOrEqual(4);
    }
  });

  it('show the RTO and MTPD on a framed outage, and only those', () => {
    expect(TOUR_STEPS.filter((s) => s.frame === 'outage').map((s) => s.id)).toEqual([
      'rto',
      'mtpd',
    ]);
  });
});

describe('findTarget(root, selector)', () => {
  it('finds a step target in the app, and through a shadow root with >>>', () => {
    const app = document.createElement('div');
    const root = app.attachShadow({ mode: 'open' });
    root.innerHTML = '<header class="intro"></header><cs-bia-view></cs-bia-view>';
    const bia = root.querySelector('cs-bia-view')!.attachShadow({ mode: 'open' });
    bia.innerHTML = '<section aria-labelledby="spof-title"></section>';
    expect(findTarget(root, 'header.intro')).toBe(root.querySelector('header'));
    expect(findTarget(root, 'cs-bia-view >>> section[aria-labelledby="spof-title"]')).toBe(
      bia.querySelector('section'),
    );
  });

  it('finds nothing before the element is drawn (the analysis still running)', () => {
    const app = document.createElement('div');
    const root = app.attachShadow({ mode: 'open' });
    root.innerHTML = '<cs-bia-view></cs-bia-view>';
    expect(findTarget(root, 'cs-bia-view >>> section')).toBeNull();
    expect(findTarget(root, 'cs-timeline-view')).toBeNull();
  });
});
