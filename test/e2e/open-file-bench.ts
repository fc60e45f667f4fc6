/**
 * Part of the browser half of `npm run bench`: opening a large file with "Open file…". The
 * file is read and parsed in a worker; this measures, in the page, from the file input's
 * change to the scenario chosen (parsed, then run), and the longest frame meanwhile (the tab
 * must stay responsive). It prints figures; it asserts nothing.
 */
import type { Page } from 'playwright-core';

export async function openFileTimes(page: Page, name: string, text: string): Promise<string> {
  await page.evaluate(`(() => {
    const app = document.querySelector('cs-app').shadowRoot;
    const input = app.querySelector('cs-scenario-header').shadowRoot.querySelector('input[type=file]');
    window.__bench = { frames: 0, worst: 0 };
    input.addEventListener('change', () => {
      const b = window.__bench;
      b.changed = performance.now();
      let previous = b.changed;
      const frame = (now) => {
        b.frames++;
        b.worst = Math.max(b.worst, now - previous);
        previous = now;
        if (b.done === undefined) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      new PerformanceObserver((list, observer) => {
        b.done = list.getEntries().at(-1).startTime;
        observer.disconnect();
      }).observe({ type: 'mark' });
    }, { once: true });
  })()`);
  await page.locator('cs-scenario-header input[type=file]').setInputFiles({
    name,
    mimeType: 'text/yaml',
    buffer: Buffer.from(text),
  });
  // Polled from here: the page's CSP refuses the eval that waitForFunction would use.
  const started = Date.now();
  while (!(await page.evaluate('window.__bench.done !== undefined'))) {
    if (Date.now() - started > 120_000) throw new Error(`${name} was not answered in 120 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const b = await page.evaluate<{ changed: number; done: number; frames: number; worst: number }>(
    'window.__bench',
  );
  const seconds = (b.done - b.changed) / 1000;
  return `${(text.length / 1048576).toFixed(1)} MB answered in ${seconds.toFixed(2)} s ${seconds < 2 ? '(met)' : '(MISSED)'}; meanwhile ${b.frames} frames, the longest ${b.worst.toFixed(0)} ms`;
}
