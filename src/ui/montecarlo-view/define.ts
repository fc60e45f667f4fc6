import { CsMcCompare } from './compare-section.ts';
import { CsMcOverlay } from './overlay-view.ts';
import { CsMcProgress } from './progress-element.ts';
import { CsMcSensitivity } from './sensitivity-section.ts';
import { CsMcStudy } from './study-section.ts';
import { CsMonteCarloView } from './montecarlo-view.ts';

const elements: [string, CustomElementConstructor][] = [
  ['cs-mc-overlay', CsMcOverlay],
  ['cs-mc-progress', CsMcProgress],
  ['cs-mc-study', CsMcStudy],
  ['cs-mc-compare', CsMcCompare],
  ['cs-mc-sensitivity', CsMcSensitivity],
  ['cs-montecarlo-view', CsMonteCarloView],
];
for (const [name, element] of elements)
  if (!customElements.get(name)) customElements.define(name, element);
