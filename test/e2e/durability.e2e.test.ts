/**
 * Nothing the planner typed is lost, in Chromium: a YAML edit or a form edit survives a reload
 * or closing the tab 0, 50, 100 and 300 ms later (before the autosave could run); two tabs on
 * the same scenario never silently overwrite each other (the tab that falls behind is told,
 * sees the other tab's text, and both texts are kept); a file opened while the browser's storage
 * is full is said to be open but not kept, and can be kept with the planner's scenarios.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser, saveScreenshot } from './browser.ts';
import { root } from './preview-server.ts';

const DELAYS = [0, 50, 100, 300] as const;

/** Console errors and warnings, uncaught exceptions, failed requests: collected per context. */
function watch(page: Page, problems: string[]): Page {
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warning') problems.push(`console.${type}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return page;
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.addInitScript(() => window.localStorage.setItem('cs-tour-done', 'e2e'));
  return context;
}

const yamlText = (page: Page): Promise<string> =>
  page.locator('cs-yaml-editor').evaluate((el) => (el as HTMLElement & { text: string }).text);

const saveStatus = (page: Page) => page.getByTestId('save-status').textContent();

/** Opens the bundled bank, makes an editable copy and returns its address. */
async function editCopy(page: Page): Promise<string> {
  await page.goto(new URL('?scenario=bank-money-transfer', inject('baseURL')).href);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('button', { name: 'Edit a copy of this scenario' }).click();
  await page.getByTestId('editor-name').waitFor();
  await expect.poll(() => page.url()).toMatch(/scenario=my(:|%3A).*tab=edit/);
  await expect.poll(() => saveStatus(page)).toContain('All changes saved');
  return page.url();
}

/** Types a comment line at the top of the YAML, key by key. */
async function typeComment(page: Page, comment: string): Promise<void> {
  await page.locator('cs-yaml-editor .cm-content').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(`# ${comment}`);
  await page.keyboard.press('Enter');
}

/** Sets the duration of the bank's "Provision a new VM" step in the form. */
async function setDuration(page: Page, value: string): Promise<void> {
  await page.getByRole('button', { name: 'Recovery plans' }).click();
  const field = page.getByRole('textbox', { name: 'Duration of Provision a new VM' });
  await field.fill(value);
  await field.press('Enter');
}

/**
 * What `read` gives once `ok` holds, or after 5 s. A page that is reloaded releases its lock a
 * moment after the new page opens on a busy machine; its unsaved text is then opened (see
 * DurableSaver) a moment later than the page.
 */
async function settled<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const until = Date.now() + 5_000;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const durationShown = (page: Page): Promise<string> =>
  page.getByRole('textbox', { name: 'Duration of Provision a new VM' }).inputValue();

/** The page once it has come back: reloaded, or closed and opened again at `url`. */
async function comeBack(
  context: BrowserContext,
  page: Page,
  how: 'reload' | 'close',
  url: string,
  problems: string[],
): Promise<Page> {
  if (how === 'reload') {
    await page.reload();
  } else {
    await page.close();
    page = watch(await context.newPage(), problems);
    await page.goto(url);
  }
  await page.getByTestId('editor-name').waitFor();
  return page;
}

describe('durable edits', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const how of ['reload', 'close'] as const) {
    it(`every YAML edit and every form edit survives ${how === 'reload' ? 'a reload' : 'closing the tab'} 0, 50, 100 and 300 ms later`, async () => {
      const problems: string[] = [];
      const context = await newContext(browser);
      let page = watch(await context.newPage(), problems);
      const url = await editCopy(page);
      const lost: string[] = [];
      const typed: string[] = [];

      for (const delay of DELAYS) {
        const comment = `kept after a ${how} ${delay} ms after typing`;
        await typeComment(page, comment);
        typed.push(comment);
        if (delay > 0) await page.waitForTimeout(delay);
        page = await comeBack(context, page, how, url, problems);
        const text = await settled(
          () => yamlText(page),
          (t) => typed.every((c) => t.includes(`# ${c}\n`)),
        );
        for (const c of typed) if (!text.includes(`# ${c}\n`)) lost.push(`YAML: ${c}`);
      }

      const durations = ['5m', '6m', '7m', '8m'];
      for (const [i, delay] of DELAYS.entries()) {
        const value = durations[i]!;
        await setDuration(page, value);
        if (delay > 0) await page.waitForTimeout(delay);
        page = await comeBack(context, page, how, url, problems);
        await page.getByRole('button', { name: 'Recovery plans' }).click();
        const shown = await settled(
          () => durationShown(page),
          (v) => v === value,
        );
        if (shown !== value)
          lost.push(`form: ${value} ${delay} ms before the ${how} (shows ${shown})`);
        const text = await yamlText(page);
        for (const c of typed) if (!text.includes(`# ${c}\n`)) lost.push(`YAML after form: ${c}`);
      }

      expect(lost).toEqual([]);
      // Once the replayed text is stored, the page says so.
      await expect.poll(() => saveStatus(page), { timeout: 5_000 }).toContain('All changes saved');
      expect(problems).toEqual([]);
      await context.close();
    }, 180_000);
  }

  it('two tabs on one scenario: the tab that falls behind is told, sees the other text, and both texts are kept', async () => {
    const problems: string[] = [];
    const context = await newContext(browser);
    const a = watch(await context.newPage(), problems);
    const url = await editCopy(a);
    const b = watch(await context.newPage(), problems);
    await b.goto(url);
    await b.getByTestId('editor-name').waitFor();

    // A saves; B had changed nothing, so B simply follows, and says so.
    await typeComment(a, 'first from tab A');
    await expect.poll(() => saveStatus(a)).toContain('All changes saved');
    await expect.poll(() => yamlText(b)).toContain('# first from tab A\n');
    await b.getByText('Updated with the changes saved in another tab').waitFor();

    // Both edit at once: the tab whose save comes second is told, and sees the other's text.
    let round = await bothEdit([a, b], 'second');
    await round.banner.getByText('Show the other tab’s text').click();
    expect(await round.banner.locator('pre').textContent()).toContain(`# ${round.theirs}\n`);
    expect(await saveStatus(round.behind)).toContain('Not saved');
    expect(await yamlText(round.behind)).toContain(`# ${round.mine}\n`);
    await saveScreenshot(round.behind, 'durability-two-tabs');

    // It keeps its own text; the other's is kept as a version, and the other tab, which changed
    // nothing since, follows.
    await round.banner.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => saveStatus(round.behind)).toContain('All changes saved');
    await expect.poll(() => yamlText(round.ahead)).toContain(`# ${round.mine}\n`);
    const versions = round.behind.locator('cs-versions-panel');
    await versions
      .getByText(/saved in another tab/)
      .first()
      .waitFor();
    // Nothing was lost: its text is the scenario's, the other's is a version of it.
    await round.behind.reload();
    await round.behind.getByTestId('editor-name').waitFor();
    expect(await yamlText(round.behind)).toContain(`# ${round.mine}\n`);
    expect(await yamlText(round.behind)).not.toContain(`# ${round.theirs}\n`);
    await versions
      .getByText(/saved in another tab/)
      .first()
      .waitFor();
    const keptTheirs = await versionTexts(round.behind);
    expect(keptTheirs.some((t) => t.includes(`# ${round.theirs}\n`))).toBe(true);

    // Again, and this time the tab behind takes the other text: its own is kept as a version.
    round = await bothEdit([a, b], 'third');
    await round.banner.getByRole('button', { name: 'Use the other tab’s text' }).click();
    await expect.poll(() => yamlText(round.behind)).toContain(`# ${round.theirs}\n`);
    expect(await yamlText(round.behind)).not.toContain(`# ${round.mine}\n`);
    await expect.poll(() => saveStatus(round.behind)).toContain('All changes saved');
    await round.behind
      .locator('cs-versions-panel')
      .getByText(/your edits in this tab/)
      .first()
      .waitFor();
    const keptMine = await versionTexts(round.behind);
    expect(keptMine.some((t) => t.includes(`# ${round.mine}\n`))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
  it('Open file with the browser storage full: says the file is not kept, keeps it open, and offers to keep it', async () => {
    const problems: string[] = [];
    const context = await newContext(browser);
    const page = watch(await context.newPage(), problems);
    await page.goto(new URL('?scenario=bank-money-transfer', inject('baseURL')).href);
    await page.getByRole('region', { name: 'Service metrics' }).waitFor();
    const filled = await page.evaluate(() => {
      // Fill localStorage to the brim, in ever smaller pieces.
      let n = 0;
      for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
        for (;;) {
          try {
            localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
          } catch {
            break;
          }
        }
      }
      return n;
    });
    expect(filled).toBeGreaterThan(10);

    const dir = join(root, 'test-results', 'e2e');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'durable-branch.yaml');
    const bank = readFileSync(join(root, 'scenarios', 'bank-money-transfer.yaml'), 'utf8');
    writeFileSync(file, bank.replace('name: Bank money transfer', 'name: Durable branch'));
    await page.locator('cs-scenario-header input[type=file]').setInputFiles(file);
    const warning = page.getByTestId('file-problem');
    await warning.waitFor();
    expect(await warning.textContent()).toContain(
      "durable-branch.yaml is open, but it is not kept for a reload: this browser's storage is full",
    );
    await page.getByRole('heading', { name: 'Durable branch', level: 1 }).waitFor();
    await saveScreenshot(page, 'durability-file-not-kept');

    // Kept with the planner's scenarios (IndexedDB has room of its own): it survives a reload.
    await warning.getByRole('button', { name: 'Keep it with my scenarios' }).click();
    await page.getByTestId('editor-name').waitFor();
    expect(await page.getByTestId('editor-name').textContent()).toBe('Durable branch');
    await expect.poll(() => saveStatus(page)).toContain('All changes saved');
    // Edits still reach the library, and the page says they have no safety copy meanwhile.
    await typeComment(page, 'typed with localStorage full');
    await page.getByTestId('journal-problem').waitFor();
    await expect.poll(() => saveStatus(page)).toContain('All changes saved');
    await expect.poll(() => page.url()).toMatch(/scenario=my/);
    await page.reload();
    await page.getByTestId('editor-name').waitFor();
    expect(await yamlText(page)).toContain('# typed with localStorage full\n');

    // The file itself was not kept: its link says so and what to do.
    await page.goto(new URL('?scenario=file:durable-branch.yaml', inject('baseURL')).href);
    const error = page.getByTestId('scenario-error');
    await error.waitFor();
    expect(await error.textContent()).toContain(
      'The file durable-branch.yaml is not kept in this browser',
    );
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});

/** The texts of the open scenario's save points, read from the library in the page. */
function versionTexts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const url = new URL(location.href);
    const id = (url.searchParams.get('scenario') ?? '').replace(/^my:/, '');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('continuity-simulator');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error('no database'));
    });
    const all = await new Promise<{ scenarioId: string; text: string }[]>((resolve) => {
      const request = db.transaction('versions').objectStore('versions').getAll();
      request.onsuccess = () => resolve(request.result as { scenarioId: string; text: string }[]);
    });
    db.close();
    return all.filter((v) => v.scenarioId === id).map((v) => v.text);
  });
}

/**
 * Both tabs type a comment at the same time. The tab whose save comes second falls behind: it
 * shows the banner; the other says all is saved. Which one that is depends on timing.
 */
async function bothEdit(pages: [Page, Page], round: string) {
  const comments = pages.map((_, i) => `${round} from tab ${'AB'[i]}`);
  // Both start (one key each) before either could save, then finish at the same time.
  for (const page of pages) {
    await page.locator('cs-yaml-editor .cm-content').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('#');
  }
  await Promise.all(
    pages.map(async (page, i) => {
      await page.keyboard.type(` ${comments[i]!}`);
      await page.keyboard.press('Enter');
    }),
  );
  const banners = pages.map((page) =>
    page.getByRole('alert').filter({ hasText: 'Another tab saved this scenario' }),
  );
  let behindIndex = -1;
  await expect
    .poll(async () => {
      const shown = await Promise.all(banners.map((b) => b.count()));
      behindIndex = shown.indexOf(1);
      return shown.sort().join(',');
    })
    .toBe('0,1');
  const aheadIndex = 1 - behindIndex;
  await expect.poll(() => saveStatus(pages[aheadIndex]!)).toContain('All changes saved');
  return {
    behind: pages[behindIndex]!,
    ahead: pages[aheadIndex]!,
    banner: banners[behindIndex]!,
    mine: comments[behindIndex]!,
    theirs: comments[aheadIndex]!,
  };
}
