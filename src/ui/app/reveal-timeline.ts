/**
 * After a jump to an outage, the framed timeline must be on screen: a jump chosen in the outage
 * list or the event log (below the timeline on a laptop screen) would otherwise frame it out of
 * sight. Scrolls only when the timeline's top is hidden (under the sticky playback bar or below
 * the middle of the window), so a jump made while looking at the timeline does not move the page.
 */
export function revealTimeline(root: ParentNode): void {
  const timeline = root.querySelector<HTMLElement>('cs-timeline-view');
  if (!timeline) return;
  const bar = root.querySelector<HTMLElement>('.playback');
  const barBottom = bar ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
  const top = timeline.getBoundingClientRect().top;
  if (top >= barBottom && top <= window.innerHeight / 2) return;
  window.scrollBy({ top: top - barBottom - 8, behavior: 'instant' });
}
