// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Inject } from '../../../src/core/model.ts';
import '../../../src/ui/inject-form/define.ts';
import type { CsInjectForm } from '../../../src/ui/inject-form/inject-form.ts';
import type { CsLocalTimeInput } from '../../../src/ui/local-time-input/local-time-input.ts';
import { after, londonAutumn, londonSpring, type ZonedClock } from '../../support/zoned.ts';

async function mount(clock: ZonedClock) {
  const form = document.createElement('cs-inject-form');
  form.components = [{ id: 'lb-1', name: 'Load balancer' }];
  form.clock = clock;
  form.playhead = after(10);
  document.body.append(form);
  const added: Inject[] = [];
  form.addEventListener('cs-inject-add', (e) => added.push(e.detail.inject));
  await settled(form);
  return { form, added };
}

async function settled(form: CsInjectForm): Promise<void> {
  await form.updateComplete;
  await form.shadowRoot!.querySelector<CsLocalTimeInput>('cs-local-time-input')!.updateComplete;
  await form.updateComplete;
}

const root = (form: CsInjectForm) => form.shadowRoot!;
const atInput = (form: CsInjectForm) =>
  root(form).querySelector<HTMLInputElement>('input[aria-label="At (local time)"]')!;

async function type(form: CsInjectForm, value: string): Promise<void> {
  const input = atInput(form);
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settled(form);
}

const submit = async (form: CsInjectForm) => {
  root(form).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await settled(form);
};

afterEach(() => document.body.replaceChildren());

describe('the live inject form’s time, in Europe/London', () => {
  it('refuses 2026-03-29T01:30 (the clocks skip it) in place, with the reason and the two readings', async () => {
    const { form, added } = await mount(londonSpring());
    await type(form, '2026-03-29T01:30');
    const alert = root(form).querySelector('[role=alert]');
    expect(alert?.textContent).toContain(
      '2026-03-29T01:30 does not exist in Europe/London: the clocks go forward 60 min that night and never show it',
    );
    const uses = [...alert!.querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(uses).toEqual(['Use 02:30 BST (UTC+01:00)', 'Use 00:30 GMT (UTC+00:00)']);
    expect(atInput(form).value).toBe('2026-03-29T01:30'); // what was typed stays
    expect(atInput(form).getAttribute('aria-invalid')).toBe('true');
    const inject = root(form).querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(inject.disabled).toBe(true);
    await submit(form);
    expect(added).toEqual([]);

    alert!.querySelectorAll('button')[0]!.click(); // 02:30 BST, an hour after 00:30 GMT
    await settled(form);
    expect(root(form).querySelector('[role=alert]')).toBeNull();
    await submit(form);
    expect(added).toEqual([{ at: after(49, 30), action: 'fail', component: 'lb-1' }]);
  });

  it('takes 01:30 on the fall-back night as the first, unless the second is picked', async () => {
    const { form, added } = await mount(londonAutumn());
    await type(form, '2026-10-25T01:30');
    const choice = root(form).querySelector('fieldset.cs-lt-twice')!;
    expect(choice.querySelector('legend')?.textContent).toContain('01:30 happens twice');
    const radios = [...choice.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.checked)).toEqual([true, false]);
    expect(choice.textContent).toContain('the first: 01:30 BST (UTC+01:00)');
    await submit(form);
    radios[1]!.checked = true;
    radios[1]!.dispatchEvent(new Event('change', { bubbles: true }));
    await settled(form);
    expect(root(form).querySelector('.actions')?.textContent).toContain('at 2026-10-25 01:30 GMT');
    await submit(form);
    expect(added.map((i) => i.at)).toEqual([after(49, 30), after(50, 30)]);
  });

  it('injects at the playhead until a time is typed', async () => {
    const { form, added } = await mount(londonSpring());
    expect(atInput(form).value).toBe('2026-03-27T10:00');
    expect(root(form).querySelector('.actions')?.textContent).toContain(
      'at the playhead, 2026-03-27 10:00 GMT',
    );
    await submit(form);
    expect(added).toEqual([{ at: after(10), action: 'fail', component: 'lb-1' }]);
  });

  it('asks nothing while it follows the playhead through the hour shown twice', async () => {
    const { form, added } = await mount(londonAutumn());
    form.playhead = after(50, 30); // 01:30 GMT, the second 01:30
    await settled(form);
    expect(atInput(form).value).toBe('2026-10-25T01:30');
    expect(root(form).querySelector('fieldset')).toBeNull();
    await submit(form);
    expect(added.map((i) => i.at)).toEqual([after(50, 30)]);
  });
});
