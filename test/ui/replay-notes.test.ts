// @vitest-environment happy-dom
import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { effectLine, replayBanner } from '../../src/ui/app/replay-notes.ts';

const shown = (template: Parameters<typeof render>[0]) => {
  const div = document.createElement('div');
  render(template, div);
  return div;
};
const effect = {
  service: 'transfers',
  downMinutes: 110,
  degradedMinutes: 0,
  unservedTransactions: 198_000,
  cost: 139_333.33,
};

describe('the notes above a replayed BIA disruption', () => {
  it('say what the disruption adds to the run: the figures of its BIA row or heatmap cell', () => {
    const div = shown(effectLine(effect, 'EUR', 'likely'));
    expect(div.textContent.replace(/\s+/g, ' ').trim()).toBe(
      'The disruption adds 1 h 50 min down in agreed hours, 0 min degraded, 198,000 unserved transactions and €139,333 to this run, against the same run without it.',
    );
    expect(shown(effectLine(effect, 'EUR', null)).textContent).toContain('Your live injects add');
    expect(shown(effectLine(undefined, 'EUR', null)).textContent.trim()).toBe('');
  });

  it("name the BIA's conditions and offer the way back to the full run", () => {
    let left = false;
    const div = shown(replayBanner('likely', () => (left = true)));
    expect(div.querySelector('[role=status]')?.getAttribute('aria-label')).toBe('Replay');
    expect(div.textContent.replace(/\s+/g, ' ')).toContain(
      'every recovery step at its most-likely duration',
    );
    div.querySelector('button')!.click();
    expect(left).toBe(true);
    expect(shown(replayBanner(null, () => {})).textContent.trim()).toBe('');
  });
});
