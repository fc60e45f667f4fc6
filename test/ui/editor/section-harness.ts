/** Mounting a form section of the editor in happy-dom, collecting the edits it fires. */
import type { DocEditDetail } from '../../../src/ui/editor/doc-edit.ts';

type SectionTag =
  | 'cs-calendar-section'
  | 'cs-services-section'
  | 'cs-components-section'
  | 'cs-plans-section'
  | 'cs-teams-section'
  | 'cs-injects-section';

export async function mountSection<K extends SectionTag>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]>,
) {
  const el = document.createElement(tag);
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  const edits: DocEditDetail[] = [];
  el.addEventListener('cs-doc-edit', (e) => edits.push(e.detail));
  const root = el.shadowRoot as ShadowRoot;
  const get = <T extends Element = HTMLElement>(label: string): T => {
    const found = root.querySelector<T>(`[aria-label="${label}"]`);
    if (!found) throw new Error(`nothing labelled ${label}`);
    return found;
  };
  return { el, edits, root, get };
}

/** The control named `label`, by its aria-label or the text of its <label for>. */
export function labelled(root: ShadowRoot, label: string, selector: string): HTMLInputElement {
  const found = [...root.querySelectorAll<HTMLInputElement>(selector)].find(
    (i) =>
      i.getAttribute('aria-label') === label ||
      (i.id !== '' && root.querySelector(`label[for="${i.id}"]`)?.textContent?.trim() === label),
  );
  if (!found) throw new Error(`no input labelled ${label}`);
  return found;
}

/** Sets a control's value (or checkbox) and fires `change`, as a user committing it does. */
export function change(input: HTMLInputElement | HTMLSelectElement, value: string | boolean): void {
  if (typeof value === 'boolean') (input as HTMLInputElement).checked = value;
  else input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
