/**
 * Finds the controls a person cannot fully see or click: every visible button, input, select,
 * textarea and link-like control on the page (inside the Lit components' open shadow roots too)
 * must lie horizontally inside the viewport and inside every ancestor that clips or scrolls it,
 * and a click at its centre must land on it (not on something drawn over it). Each problem comes
 * back as one line naming the control, its component and what is wrong, in CSS pixels.
 */
import type { Page } from 'playwright-core';

/** One line per clipped or covered control; empty when every control is whole and clickable. */
export function clippedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, input, select, textarea, [role="button"], a[href]';
    const slack = 0.5;

    /** Every element matching `selector`, looking into open shadow roots. */
    const controls: HTMLElement[] = [];
    const walk = (root: Document | ShadowRoot): void => {
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        if (el.matches(selector)) controls.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);

    /** The element's parent, crossing out of a shadow root to its host. */
    const parentOf = (el: Element): Element | null => {
      if (el.assignedSlot) return el.assignedSlot;
      if (el.parentElement) return el.parentElement;
      const root = el.getRootNode();
      return root instanceof ShadowRoot ? root.host : null;
    };
    /** Where the element lives: its chain of shadow hosts, for the message. */
    const place = (el: Element): string => {
      const hosts: string[] = [];
      for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
        hosts.unshift(root.host.localName);
      return hosts.join(' > ') || 'document';
    };
    const nameOf = (el: HTMLElement): string => {
      const text =
        el.getAttribute('aria-label') ??
        (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : null) ??
        el.getAttribute('title') ??
        el.textContent ??
        '';
      const kind =
        el instanceof HTMLInputElement ? `input[type=${el.type}]` : el.localName.toLowerCase();
      return `${kind} "${text.replace(/\s+/g, ' ').trim().slice(0, 60)}"`;
    };
    /** The element at a point, looking into shadow roots. */
    const deepHit = (x: number, y: number): Element | null => {
      let hit = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      return hit;
    };
    const contains = (outer: Element, inner: Element): boolean => {
      for (let el: Element | null = inner; el; el = parentOf(el)) if (el === outer) return true;
      return false;
    };
    const px = (n: number): string => String(Math.round(n));

    const problems: string[] = [];
    for (const el of controls) {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      // visually hidden helpers (1 px, clipped, or hidden from people) are not aimed at
      if (r.width < 2 || r.height < 2) continue;
      if (el.closest('[aria-hidden="true"]') || getComputedStyle(el).clip.startsWith('rect(0'))
        continue;
      const what = `${nameOf(el)} in ${place(el)}`;
      const found: string[] = [];
      if (r.left < -slack || r.right > document.documentElement.clientWidth + slack)
        found.push(
          `outside the viewport horizontally (${px(r.left)}–${px(r.right)} px of ${px(document.documentElement.clientWidth)})`,
        );
      for (let a = parentOf(el); a; a = parentOf(a)) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        if (style.display === 'contents') continue;
        const c = a.getBoundingClientRect();
        if (r.left < c.left - slack || r.right > c.right + slack) {
          found.push(
            `cut off by <${a.localName}${a.className ? `.${String(a.className).split(' ')[0]}` : ''}> (overflow-x: ${style.overflowX}): the control spans ${px(r.left)}–${px(r.right)} px, the container ${px(c.left)}–${px(c.right)} px`,
          );
          break;
        }
      }
      if (!found.length) {
        el.scrollIntoView({ block: 'center', inline: 'nearest' });
        const s = el.getBoundingClientRect();
        const hit = deepHit(s.left + s.width / 2, s.top + s.height / 2);
        const labels = el instanceof HTMLInputElement ? [...(el.labels ?? [])] : [];
        // a hit on the control's own shadow host is its slotted text: the click reaches it
        const ownHost = (h: Element) => el.getRootNode() === h.shadowRoot && contains(h, el);
        if (!hit || !(contains(el, hit) || labels.some((l) => contains(l, hit)) || ownHost(hit)))
          found.push(
            `not clickable: a click at its centre lands on ${hit ? `<${hit.localName}> in ${place(hit)}` : 'nothing'}`,
          );
      }
      for (const f of found) problems.push(`${what}: ${f}`);
    }
    window.scrollTo(0, 0);
    return problems;
  });
}
