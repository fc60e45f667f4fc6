import { afterAll, describe, expect, it } from 'vitest';
import { TimelineIndex } from '../../src/analysis/timeline-index.ts';
import { renderTimeline, xScale } from '../../src/charts/timeline.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { at } from '../support/model-builder.ts';
import { always, dba, fail, restore, teamScenario } from '../support/team-scenario.ts';
import { newDocument, newSvg } from './dom.ts';

const { document, close } = newDocument();
afterAll(close);

/** db1 fails on Tuesday at 02:00, detected at 02:10; the DBA is called out (45 min): 02:55. */
const night = teamScenario({
  teams: [dba()],
  databases: [['db1', 60]],
  detection: 10,
  injects: [fail('db1', at(1, 2))],
});

const tuesdayNight = { width: 1000, from: at(1, 2), to: at(1, 4), playhead: at(1, 2) };

describe('the timeline draws waiting for a team apart from work', () => {
  it('draws the call-out wait as an outlined bar before the rebuild, labelled "waiting for Database administrators"', () => {
    const model = new TimelineIndex(night, simulate(night, 'w')).timelineModel('records');
    const svg = newSvg(document);
    renderTimeline(svg, model, tuesdayNight);
    const x = xScale(tuesdayNight);
    const wait = svg.querySelector('rect.cs-step-wait')!;
    const work = svg.querySelector('rect.cs-step')!;
    expect(Number(wait.getAttribute('x'))).toBeCloseTo(x(at(1, 2, 10)), 0);
    expect(Number(wait.getAttribute('x')) + Number(wait.getAttribute('width'))).toBeCloseTo(
      x(at(1, 2, 55)),
      0,
    );
    expect(Number(work.getAttribute('x'))).toBeCloseTo(x(at(1, 2, 55)), 0);
    // Outlined and light, not the step's solid bar.
    expect(wait.getAttribute('stroke-dasharray')).toBe('2 2');
    expect(Number(wait.getAttribute('fill-opacity'))).toBeLessThan(
      Number(work.getAttribute('fill-opacity')),
    );
    expect(svg.querySelector('text.cs-step-wait-label')?.lastChild?.textContent).toBe(
      'waiting for Database administrators',
    );
    expect(wait.querySelector('title')?.textContent).toBe(
      [
        'Rebuild the lost node (Rebuild db1, db1 incident 1)',
        'waited 45m for Database administrators: called out at 2026-01-06 02:10, at work 2026-01-06 02:55',
        'from: 2026-01-06 02:10',
        'started: 2026-01-06 02:55',
      ].join('\n'),
    );
    expect(work.querySelector('title')?.textContent).toContain(
      'waited 45m for Database administrators',
    );
  });

  it('shortens the label to "waiting" where the team’s name does not fit, and drops it where nothing does', () => {
    const model = new TimelineIndex(night, simulate(night, 'w')).timelineModel('records');
    const label = (hours: number) => {
      const svg = newSvg(document);
      renderTimeline(svg, model, { ...tuesdayNight, to: tuesdayNight.from + hours * 3_600_000 });
      return svg.querySelector('text.cs-step-wait-label')?.lastChild?.textContent ?? null;
    };
    expect(label(2)).toBe('waiting for Database administrators');
    expect(label(5)).toBe('waiting');
    expect(label(48)).toBeNull();
  });

  it('draws a step that never got a person as a wait to its plan’s end, with no work bar', () => {
    const s = teamScenario({
      teams: [dba({ hours: always })],
      databases: [
        ['db1', 60],
        ['db2', 60],
      ],
      injects: [fail('db1', at(0, 10)), fail('db2', at(0, 10)), restore('db2', at(0, 10, 30))],
    });
    const model = new TimelineIndex(s, simulate(s, 'w')).timelineModel('records');
    // The service needs db1 only: show both plans by taking every run.
    const index = new TimelineIndex(s, simulate(s, 'w'));
    const svg = newSvg(document);
    renderTimeline(
      svg,
      { ...model, planRuns: index.planRuns },
      {
        width: 1000,
        from: at(0, 9),
        to: at(0, 12),
        playhead: at(0, 9),
      },
    );
    const waits = Array.from(svg.querySelectorAll('rect.cs-step-wait'));
    expect(waits).toHaveLength(1);
    expect(waits[0]!.querySelector('title')?.textContent).toContain(
      'waiting 30m so far for Database administrators: busy with other steps',
    );
    expect(waits[0]!.querySelector('title')?.textContent).toContain('never started (plan aborted)');
    // db1's rebuild is the only work drawn.
    expect(svg.querySelectorAll('rect.cs-step')).toHaveLength(1);
  });

  it('draws no wait layers for a run without waits', () => {
    const s = teamScenario({
      teams: [dba()],
      databases: [['db1', 60]],
      injects: [fail('db1', at(1, 10))],
    });
    const svg = newSvg(document);
    renderTimeline(svg, new TimelineIndex(s, simulate(s, 'w')).timelineModel('records'), {
      width: 1000,
      from: at(1, 9),
      to: at(1, 12),
      playhead: at(1, 9),
    });
    expect(svg.querySelector('g.cs-waits')).toBeNull();
    expect(svg.querySelectorAll('rect.cs-step')).toHaveLength(1);
  });
});
