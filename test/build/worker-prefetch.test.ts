import { describe, expect, it } from 'vitest';
import { simulationWorkerHref } from '../../src/build/worker-prefetch.ts';

describe("the simulation worker's prefetch link", () => {
  it("names the simulation worker's script, under the app's base", () => {
    const files = [
      'assets/index-BbKRBFkl.js',
      'assets/bia.worker-CKIL9ZF4.js',
      'assets/simulate.worker-Crkr5u-f.js',
      'assets/simulate.worker-Crkr5u-f.js.map',
      'assets/simulate-fast-DRRzzu30.js',
    ];
    expect(simulationWorkerHref(files, './')).toBe('./assets/simulate.worker-Crkr5u-f.js');
    expect(simulationWorkerHref(files, '/app/')).toBe('/app/assets/simulate.worker-Crkr5u-f.js');
  });

  it('names nothing in a bundle without it (a worker build)', () => {
    expect(simulationWorkerHref(['assets/bia.worker-CKIL9ZF4.js', 'index.html'], './')).toBeNull();
  });
});
