import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/ui/storage/backend.ts';
import { DurableSaver } from '../../../src/ui/storage/durable-saver.ts';
import { Journal } from '../../../src/ui/storage/journal.ts';
import { ScenarioLibrary, type LibraryWrite } from '../../../src/ui/storage/library.ts';
import { memoryBackend } from '../../../src/ui/storage/memory.ts';
import type { StoredScenario } from '../../../src/ui/storage/records.ts';
import { manualClock, manualTimers, memoryStorage } from './support.ts';

/** Lets every promise already resolved run its callbacks. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

const formatTime = (ms: number) => new Date(ms).toISOString().slice(11, 16);

/** One tab of the browser below: its library, journal and saver, and the texts it shows. */
interface Tab {
  readonly writer: string;
  readonly library: ScenarioLibrary;
  readonly journal: Journal;
  readonly saver: DurableSaver;
  readonly deaf: boolean;
  text(id: string): string | undefined;
  type(id: string, text: string): void;
  open(id: string): Promise<string>;
  close(): void;
  /** The page goes, but its lock is released only by `release(writer)` (a busy machine). */
  closeSlowly(): void;
}

/**
 * One browser: a library store and a localStorage shared by its tabs, which tell each other
 * about their writes (as the tab channel does) unless `deaf`.
 */
function browser(backend: Backend = memoryBackend(), storage: Storage | null = memoryStorage()) {
  const clock = manualClock();
  const timers = manualTimers();
  const open = new Set<string>();
  /** Pages that have gone but still hold their lock, with who waits for it. */
  const lingering = new Map<string, ((gone: boolean) => void)[]>();
  const tabs: Tab[] = [];
  let ids = 0;

  function tab(writer: string, options: { deaf?: boolean } = {}): Tab {
    open.add(writer);
    const docs = new Map<string, string>();
    const tell = (write: LibraryWrite) => {
      for (const other of tabs)
        if (other !== me && !other.deaf) void other.saver.anotherTabWrote(write);
    };
    const library = new ScenarioLibrary(backend, {
      now: clock.now,
      newId: () => `${writer}-id-${++ids}`,
      writer,
      formatTime,
      onWrite: tell,
    });
    const journal = new Journal(storage, writer);
    const saver: DurableSaver = new DurableSaver({
      library,
      journal,
      presence: {
        // As the Web Lock does: a lingering page counts as open until released or the wait ends.
        gone: (w, waitMs = 1000) => {
          const waiters = lingering.get(w);
          if (!waiters || waitMs <= 1000) return Promise.resolve(!open.has(w));
          return new Promise<boolean>((resolve) => waiters.push(resolve));
        },
      },
      now: clock.now,
      timers,
      formatTime,
      textOf: (id) => docs.get(id) ?? null,
      onFollow: (stored) => type(stored.id, stored.text),
      onChange: () => {},
    });
    const type = (id: string, text: string) => {
      docs.set(id, text);
      saver.edited(id, 'Bank', text);
    };
    const me: Tab = {
      writer,
      library,
      journal,
      saver,
      deaf: options.deaf ?? false,
      text: (id: string) => docs.get(id),
      type,
      async open(id: string): Promise<string> {
        const stored = (await library.get(id)) as StoredScenario;
        const text = await saver.open(stored);
        docs.set(id, text);
        return text;
      },
      /** The page goes at once: nothing more runs in it. */
      close() {
        saver.dispose();
        open.delete(writer);
        tabs.splice(tabs.indexOf(me), 1);
      },
      closeSlowly() {
        saver.dispose();
        tabs.splice(tabs.indexOf(me), 1);
        lingering.set(writer, []);
      },
    };
    tabs.push(me);
    return me;
  }

  /** Lets `ms` pass: autosaves fall due and run to the end. */
  const wait = async (ms = 400) => {
    timers.advance(ms);
    for (let i = 0; i < 5; i++) await settle();
  };
  /** The lingering page's lock is released at last. */
  const release = (writer: string) => {
    open.delete(writer);
    for (const resolve of lingering.get(writer) ?? []) resolve(true);
    lingering.delete(writer);
  };
  return { tab, wait, release, backend, storage, clock };
}

async function bankIn(b: ReturnType<typeof browser>) {
  const setup = b.tab('setup');
  const bank = await setup.library.create('Bank', 'v1', { kind: 'new' });
  setup.close();
  return bank.id;
}

/** The first page of the scenario, with `text` typed in it and not yet saved. */
async function typedIn(b: ReturnType<typeof browser>, id: string, text: string): Promise<Tab> {
  const page = b.tab('page-1');
  await page.open(id);
  page.type(id, text);
  return page;
}

describe('durable edits: the write-ahead journal under the autosave', () => {
  it('an edit is in the journal at once; the save that lands removes it and says Saved', async () => {
    const b = browser();
    const id = await bankIn(b);
    const tab = b.tab('tab-a');
    await tab.open(id);
    tab.type(id, 'v1, edited');
    expect(tab.journal.mine(id)).toMatchObject({ text: 'v1, edited', base: 1 });
    expect(tab.saver.status).toBe('unsaved');
    await b.wait();
    expect(tab.saver.status).toBe('saved');
    expect(tab.journal.mine(id)).toBeNull();
    expect(await tab.library.get(id)).toMatchObject({ text: 'v1, edited', revision: 2 });
  });

  it('says Saved only once the library write has completed', async () => {
    let release = () => {};
    const inner = memoryBackend();
    const slow: Backend = {
      ...inner,
      update: (store, id, change) =>
        new Promise((resolve) => (release = () => resolve(inner.update(store, id, change)))),
    };
    const b = browser(slow);
    const id = await (async () => {
      const setup = b.tab('setup');
      const bank = await setup.library.create('Bank', 'v1', { kind: 'new' });
      setup.close();
      return bank.id;
    })();
    const tab = b.tab('tab-a');
    await tab.open(id);
    tab.type(id, 'v2');
    await b.wait();
    expect(tab.saver.status).toBe('saving');
    release();
    await b.wait(0);
    expect(tab.saver.status).toBe('saved');
  });

  it('a reload 0 ms after typing: the new page opens the unsaved text, says so, and saves it', async () => {
    const b = browser();
    const id = await bankIn(b);
    const before = await typedIn(b, id, 'v1, typed just before the reload');
    before.close();
    const after = b.tab('page-2');
    expect(await after.open(id)).toBe('v1, typed just before the reload');
    expect(after.saver.notice).toMatch(
      /^Your edits of 09:00 had not been saved when the page closed/,
    );
    expect(after.saver.status).toBe('unsaved');
    await b.wait();
    expect(await after.library.get(id)).toMatchObject({
      text: 'v1, typed just before the reload',
      savedBy: 'page-2',
    });
    expect(after.journal.entries(id)).toEqual([]);
    expect(after.saver.status).toBe('saved');
  });

  it('text typed after a save that landed is replayed on top of it', async () => {
    const b = browser();
    const id = await bankIn(b);
    const before = b.tab('page-1');
    await before.open(id);
    before.type(id, 'one');
    await b.wait();
    before.type(id, 'one, two');
    before.close();
    const after = b.tab('page-2');
    expect(await after.open(id)).toBe('one, two');
  });

  it("the old page's save landing after the new page opened is its own line, not a conflict", async () => {
    // The old page's save of an older text is still on the way when the page goes, and lands
    // just before the new page's first save.
    const inner = memoryBackend();
    let beforeNextUpdate: (() => Promise<unknown>) | null = null;
    const backend: Backend = {
      ...inner,
      update: async (store, id, change) => {
        const late = beforeNextUpdate;
        beforeNextUpdate = null;
        await late?.();
        return inner.update(store, id, change);
      },
    };
    const b = browser(backend);
    const id = await bankIn(b);
    const before = b.tab('page-1');
    await before.open(id);
    before.type(id, 'one');
    before.type(id, 'one, two');
    const oldPage = before.library;
    before.close();
    beforeNextUpdate = () => oldPage.save(id, 'one', 1);
    const after = b.tab('page-2');
    expect(await after.open(id)).toBe('one, two');
    await b.wait();
    expect(after.saver.conflict).toBeNull();
    expect(await after.library.get(id)).toMatchObject({ text: 'one, two', revision: 3 });
  });

  it('leaves a tab that is still open its own unsaved text: that tab saves it', async () => {
    const b = browser();
    const id = await bankIn(b);
    const a = b.tab('tab-a');
    await a.open(id);
    a.type(id, 'typing in A');
    const c = b.tab('tab-c');
    expect(await c.open(id)).toBe('v1');
    expect(c.journal.entries(id).map((e) => e.writer)).toEqual(['tab-a']);
  });

  it('the unsaved text of a closed tab that another tab saved over is kept as a version', async () => {
    const b = browser();
    const id = await bankIn(b);
    const a = b.tab('tab-a');
    const c = b.tab('tab-c', { deaf: true });
    await a.open(id);
    await c.open(id);
    a.type(id, 'from A, never saved');
    a.close();
    c.type(id, 'from C');
    await b.wait();
    const d = b.tab('tab-d');
    expect(await d.open(id)).toBe('from C');
    expect(d.saver.notice).toMatch(/from a tab that closed went another way .*kept as a version/);
    const versions = await d.library.versions(id);
    expect(versions.map((v) => [v.text, v.note])).toEqual([
      [
        'from A, never saved',
        'unsaved edits of 09:00 from a tab that closed; another tab saved since',
      ],
    ]);
    expect(d.journal.entries(id)).toEqual([]);
  });
});

describe('two tabs on one scenario', () => {
  async function twoTabs() {
    const b = browser();
    const id = await bankIn(b);
    const a = b.tab('tab-a');
    const c = b.tab('tab-b');
    await a.open(id);
    await c.open(id);
    return { b, id, a, c };
  }

  it('a tab that changed nothing follows the other tab at once, and says so', async () => {
    const { b, id, a, c } = await twoTabs();
    a.type(id, 'from A');
    await b.wait();
    expect(c.text(id)).toBe('from A');
    expect(c.saver.notice).toMatch(/^Updated with the changes saved in another tab at 09:00/);
    await b.wait();
    expect(c.saver.status).toBe('saved');
    expect((await c.library.get(id))?.revision).toBe(2);
  });

  it("both edit, A saves first: B is told, sees A's text, and holds its saves", async () => {
    const { b, id, a, c } = await twoTabs();
    c.type(id, 'from B');
    a.type(id, 'from A');
    await a.saver.flush();
    await settle();
    expect(c.saver.conflict?.theirs.text).toBe('from A');
    await b.wait();
    expect(c.text(id)).toBe('from B');
    expect((await a.library.get(id))?.text).toBe('from A');
    await expect(c.saver.saveNow()).rejects.toThrow(/first choose which text to keep/);
    expect(c.journal.mine(id)?.text).toBe('from B');
  });

  it('a refused save finds the conflict even when no message came', async () => {
    const b = browser();
    const id = await bankIn(b);
    const a = b.tab('tab-a');
    const c = b.tab('tab-b', { deaf: true });
    await a.open(id);
    await c.open(id);
    a.type(id, 'from A');
    await a.saver.flush();
    c.type(id, 'from B');
    await b.wait();
    expect(c.saver.conflict?.theirs.text).toBe('from A');
    expect(typeof c.saver.status === 'object' && c.saver.status.error.name).toBe(
      'SaveConflictError',
    );
    expect((await c.library.get(id))?.text).toBe('from A');
  });

  it("keep mine: the other tab's text becomes a version, then mine is saved on top", async () => {
    const { b, id, a, c } = await twoTabs();
    c.type(id, 'from B');
    a.type(id, 'from A');
    await a.saver.flush();
    await settle();
    await c.saver.keepMine('from B');
    expect(c.saver.conflict).toBeNull();
    expect(c.saver.status).toBe('saved');
    expect(await c.library.get(id)).toMatchObject({ text: 'from B', revision: 3 });
    const versions = await c.library.versions(id);
    expect(versions.map((v) => [v.text, v.note])).toEqual([
      ['from A', "saved in another tab at 09:00, replaced by this tab's text"],
    ]);
    await b.wait();
    expect(a.text(id)).toBe('from B'); // A changed nothing since: it follows
    expect(c.journal.entries(id)).toEqual([]);
  });

  it("take theirs: this tab's text becomes a version first", async () => {
    const { b, id, a, c } = await twoTabs();
    c.type(id, 'from B');
    a.type(id, 'from A');
    await a.saver.flush();
    await settle();
    const theirs = await c.saver.takeTheirs('from B');
    expect(theirs?.text).toBe('from A');
    c.type(id, theirs!.text);
    await b.wait();
    expect(c.saver.status).toBe('saved');
    expect(c.saver.conflict).toBeNull();
    expect((await c.library.get(id))?.text).toBe('from A');
    expect((await c.library.versions(id)).map((v) => v.text)).toEqual(['from B']);
    expect(c.journal.entries(id)).toEqual([]);
  });

  it("opening the scenario again while a conflict waits keeps this tab's text as a version", async () => {
    const { b, id, a, c } = await twoTabs();
    c.type(id, 'from B');
    a.type(id, 'from A');
    await a.saver.flush();
    await settle();
    expect(c.saver.conflict).not.toBeNull();
    expect(await c.open(id)).toBe('from A');
    expect(c.saver.conflict).toBeNull();
    expect(c.saver.notice).toMatch(/^Your unsaved edits of 09:00 in this tab went another way/);
    expect((await c.library.versions(id)).map((v) => [v.text, v.note])).toEqual([
      ['from B', 'your unsaved edits of 09:00 in this tab; another tab saved since'],
    ]);
    expect(c.journal.entries(id)).toEqual([]);
    await b.wait();
    expect((await c.library.get(id))?.text).toBe('from A');
    expect(c.saver.status).toBe('saved');
  });

  it("a conflict shows the newest of the other tab's saves", async () => {
    const { id, a, c } = await twoTabs();
    c.type(id, 'from B');
    a.type(id, 'from A');
    await a.saver.flush();
    a.type(id, 'from A, again');
    await a.saver.flush();
    await settle();
    expect(c.saver.conflict?.theirs.text).toBe('from A, again');
  });
});

describe('durable edits when the browser storage is full or unavailable', () => {
  it('with localStorage full, the edit is still saved, and the page is told it had no safety copy', async () => {
    const b = browser(memoryBackend(), memoryStorage(300));
    const id = await bankIn(b);
    const tab = b.tab('tab-a');
    await tab.open(id);
    tab.type(id, 'x'.repeat(400));
    expect(tab.saver.journalProblem?.message).toMatch(
      /^Your browser's storage is full, so your last edit has no safety copy yet/,
    );
    await b.wait();
    expect(tab.saver.status).toBe('saved');
    tab.type(id, 'short again');
    expect(tab.saver.journalProblem).toBeNull();
  });

  it('without localStorage, edits are saved and the page is told they have no safety copy', async () => {
    const b = browser(memoryBackend(), null);
    const id = await bankIn(b);
    const tab = b.tab('tab-a');
    await tab.open(id);
    tab.type(id, 'v2');
    expect(tab.saver.journalProblem?.message).toMatch(/storage is disabled/);
    await b.wait();
    expect((await tab.library.get(id))?.text).toBe('v2');
  });

  it('with the library full, the text stays in the journal and the status says what to do', async () => {
    const b = browser(memoryBackend({ capacity: 600 }));
    const id = await bankIn(b);
    const tab = b.tab('tab-a');
    await tab.open(id);
    tab.type(id, 'y'.repeat(700));
    await b.wait();
    const status = tab.saver.status;
    expect(typeof status === 'object' && status.error.message).toMatch(
      /^Your browser's storage is full/,
    );
    expect(tab.journal.mine(id)?.text).toBe('y'.repeat(700));
    tab.close();
    // a later page still finds the text, though the library could not take it
    const later = b.tab('tab-b');
    expect(await later.open(id)).toBe('y'.repeat(700));
  });
});

describe('durable edits: a reloaded page that takes long to go', () => {
  it('its unsaved text is opened once its lock is released, if this tab changed nothing', async () => {
    const b = browser();
    const id = await bankIn(b);
    const before = await typedIn(b, id, 'v1, edited just before the reload');
    before.closeSlowly();
    const after = b.tab('page-2');
    // The old page still holds its lock: the stored text opens, the edit waits in the journal.
    expect(await after.open(id)).toBe('v1');
    await b.wait(0);
    expect(after.text(id)).toBe('v1');
    b.release('page-1');
    await b.wait(0);
    expect(after.text(id)).toBe('v1, edited just before the reload');
    expect(after.saver.notice).toMatch(/had not been saved when the page closed: they are back/);
    await b.wait();
    expect(await after.library.get(id)).toMatchObject({
      text: 'v1, edited just before the reload',
      revision: 2,
    });
    expect(after.journal.entries(id)).toEqual([]);
  });

  it('when this tab has changed the text meanwhile, the late text waits for the next opening, which keeps it as a version', async () => {
    const b = browser();
    const id = await bankIn(b);
    const before = await typedIn(b, id, 'v1, edited just before the reload');
    before.closeSlowly();
    const after = b.tab('page-2');
    await after.open(id);
    after.type(id, 'v1, edited in the new page');
    b.release('page-1');
    await b.wait();
    expect(after.text(id)).toBe('v1, edited in the new page');
    expect(after.journal.entries(id).map((e) => e.text)).toEqual([
      'v1, edited just before the reload',
    ]);
    const next = b.tab('page-3');
    expect(await next.open(id)).toBe('v1, edited in the new page');
    const versions = await next.library.versions(id);
    expect(versions.map((v) => v.text)).toContain('v1, edited just before the reload');
  });
});
