import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { applyEdit } from '../../analysis/advisor/apply-edit.ts';
import type { ScenarioEdit } from '../../analysis/advisor/types.ts';
import { describeEdit } from '../../analysis/advisor/describe-edit.ts';
import { biaConditions } from '../../analysis/bia/conditions.ts';
import type { Bound } from '../../analysis/bia/types.ts';
import type { InjectsEffect } from '../../analysis/injects-effect.ts';
import type { RunRequest } from '../../analysis/run-data.ts';
// its own module, not the index: the index would bring the study's code before the first paint
import { studyScenario, type InjectsMode } from '../../analysis/montecarlo/study-injects.ts';
import type { Inject, Scenario } from '../../core/model.ts';
import type { RunReport } from '../../core/report.ts';
import { SPEEDS } from '../../machines/playback.machine.ts';
import { DEFAULT_SCENARIO_ID, bundledScenarios } from '../bundled-scenarios.ts';
import { PlaybackController } from '../controllers/playback-controller.ts';
import { decodeViewState, encodeViewState, type Tab } from '../state/permalink.ts';
import type { CsEventDetails } from '../events.ts';
import { LazyMonteCarloSession } from './lazy-montecarlo-session.ts';
import type { NamedVariant } from '../montecarlo-view/compare-section.ts';
import { controlStyles } from '../shared.styles.ts';
import { appStyles } from './app.styles.ts';
import { exportRun, type ExportKind } from './export.ts';
import { keyboardCommand } from './keyboard.ts';
import {
  loadRememberedFile,
  loadScenarioReady,
  openFile,
  supersedeLoads,
  rememberFile,
} from './load.ts';
import type { LoadState } from './load-state.ts';
import { effectLine, replayBanner } from './replay-notes.ts';
import { fromData, type Run } from './run.ts';
import { runStatusLine, type RunStatus } from './run-status.ts';
import { SimulationRunner } from '../controllers/simulation-runner.ts';
import '../scenario-header/define.ts';
import { zoneLine } from './zone-line.ts';
import { AddressWriter } from './address.ts';
import '../playback-bar/define.ts';
import '../copy-link/define.ts';
import '../timeline-view/define.ts';
import '../topology-view/define.ts';
import '../metrics-panel/define.ts';
import '../event-log/define.ts';
import '../inject-form/define.ts';
import '../tour/define.ts';
import { openView, prefetchAfterFirstPaint, type LazyView } from './lazy-tabs.ts';
import '../glossary-view/define.ts';
import type { GlossaryKey } from '../glossary.ts';
import { TourController } from './tour-controller.ts';
import { FirstPaintHold } from './first-paint-hold.ts';
import { OutageJumps } from './outage-jump.ts';
import { revealTimeline } from './reveal-timeline.ts';
import {
  EditorSession,
  LIBRARY_PREFIX,
  libraryId,
  type OpenDocument,
} from '../editor/editor-session.ts';
import { formatIssue } from '../../scenario/issues.ts';
import { localStore } from '../storage/local-storage.ts';

const storage = localStore;

/** A file opened in an earlier visit, kept in localStorage (see load.ts); null when not there. */
function readFile(name: string): string | null {
  try {
    return storage()?.getItem(`continuity-simulator:file:${name}`) ?? null;
  } catch {
    return null;
  }
}

/**
 * The application: picks a scenario and a seed, runs it (with the user's live injects), and
 * wires the views to one playhead. Its state lives in the URL (a permalink), so a reload or a
 * shared link reproduces the exact view.
 */
export class CsApp extends LitElement {
  static override styles = [controlStyles, appStyles];

  @state() private loadState: LoadState | undefined;
  @state() private seed = '1';
  @state() private serviceId: string | null = null;
  @state() private injects: readonly Inject[] = [];
  /** False: the run leaves the scenario's scripted injects out (a Monte Carlo study's run). */
  @state() private scripted = true;
  @state() private view: { from: number; to: number } | null = null;
  @state() private tab: Tab = 'timeline';
  /** Changes tried on the loaded scenario: the run uses the variant they make. */
  @state() private edits: readonly { edit: ScenarioEdit; title: string }[] = [];
  /** A replayed BIA disruption: the run is made under the BIA's conditions at this bound. */
  @state() private replay: Bound | null = null;
  @state() private playhead = 0;
  @state() private notices: readonly string[] = [];
  @state() private openError: { fileName: string; errors: readonly string[] } | null = null;
  /** Why the file just opened will not be found after a reload (storage full or unavailable). */
  @state() private fileProblem: string | null = null;
  /** Files opened in this tab, by name: they stay usable (Edit a copy) even when not stored. */
  private readonly openedFiles = new Map<string, string>();
  /** The file being opened (read in a worker), or null. */
  @state() private reading: string | null = null;

  /** The run shown: the current one, or (while a new one is made) the previous one, dimmed. */
  private run: Run | null = null;
  /** Where the run stands: being made in the worker, ready, refused, failed or cancelled. */
  @state() private runStatus: RunStatus = { kind: 'idle' };
  /** Raised by "Run anyway" for the scenario loaded (undefined: the default budget). */
  private maxEvents: number | undefined = undefined;
  /** Runs the simulations in a worker; the second one runs the editor's baseline. */
  private readonly runner = new SimulationRunner('simulate');
  private readonly baselineRunner = new SimulationRunner('simulate-baseline');
  /** Counts the runs asked for: an answer to an older one is dropped. */
  private runToken = 0;
  /** What the live injects add to the run, per service (null without live injects). */
  private effect: readonly InjectsEffect[] | null = null;
  /** The stored scenario open in the editor as it was when opened, and its run for the effect panel. */
  private editOrigin: {
    id: string;
    scenario: Scenario;
    key: string;
    report: RunReport | null;
  } | null = null;
  private undoStack: (readonly Inject[])[] = [];
  private redoStack: (readonly Inject[])[] = [];
  private readonly address = new AddressWriter();
  private readonly playback = new PlaybackController(this, (t) => (this.playhead = t));
  /** Monte Carlo studies and their results: kept here, so they outlive a visit to another tab. */
  private readonly montecarlo = new LazyMonteCarloSession(this);
  /** The planner's stored scenarios and the one being edited. */
  private readonly editor = new EditorSession(
    this,
    (doc) => this.onEdited(doc),
    () => void this.refreshMyScenarios(),
  );
  /** The planner's stored scenarios, for the scenario menu. */
  @state() private myScenarios: readonly { id: string; label: string }[] = [];
  private editTimer = 0;
  /** No frame painted before the early run's answer: one render with it (first-paint-hold.ts). */
  private readonly firstPaint = new FirstPaintHold(this, () => this.runner.earlyRunAwaited);
  /** The guided first run. */
  private readonly tour = new TourController(
    this,
    (tab) => (this.tab = tab),
    storage,
    (framed) => this.jumps.forTour(framed),
  );
  /** Jumps to an outage frame it on the timeline (outage-jump.ts). */
  private readonly jumps = new OutageJumps({
    model: () => this.run?.models.get(this.serviceId ?? '') ?? null,
    view: () => this.view,
    setView: (view) => (this.view = view),
    seek: (t) => this.playback.send({ type: 'SEEK', t }),
    reveal: () => void this.updateComplete.then(() => revealTimeline(this.renderRoot)),
  });
  /** In a participant window (`?view=participant&channel=...`): the channel it follows. */
  private readonly participantChannel =
    new URLSearchParams(location.search).get('view') === 'participant'
      ? (new URLSearchParams(location.search).get('channel') ?? '')
      : null;
  private readonly onGlossary = (e: CustomEvent<{ key: GlossaryKey }>): void =>
    void this.renderRoot.querySelector('cs-glossary')?.open(e.detail.key);
  private readonly onPageHide = (): void => void this.editor.flush();
  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void this.editor.flush();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.participantChannel !== null) return;
    this.addEventListener('cs-glossary-open', this.onGlossary);
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibility);
    prefetchAfterFirstPaint();
    this.runner.warm();
    void this.editor.openLibrary().then(() => this.refreshMyScenarios());
    const query = new URLSearchParams(location.search);
    this.choose(query.get('scenario') ?? DEFAULT_SCENARIO_ID, location.search);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('cs-glossary-open', this.onGlossary);
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.editor.flush();
    this.runner.dispose();
    this.baselineRunner.dispose();
    super.disconnectedCallback();
  }

  /** Loads a scenario; with a query string, restores seed, service, injects, playhead and view from it. */
  private choose(id: string, search: string | null): void {
    performance.mark('cs-scenario-chosen');
    supersedeLoads();
    const stored = libraryId(id);
    if (stored !== null) {
      void this.openStored(stored, search);
      return;
    }
    const remembered = loadRememberedFile(id, storage());
    if (remembered !== null) {
      // An opened file, read again in a worker (it may be large).
      void remembered.then((loaded) => this.applyLoad(loaded, search));
      return;
    }
    loadScenarioReady(id, storage(), (loaded) => this.applyLoad(loaded, search));
  }

  /** Opens one of the planner's stored scenarios (the library lives in IndexedDB, so this waits). */
  private async openStored(id: string, search: string | null): Promise<void> {
    const doc = await this.editor.open(id);
    if (!doc) {
      const kept = this.editor.library?.persistent !== false;
      this.applyLoad(
        {
          kind: 'unknown',
          id: LIBRARY_PREFIX + id,
          available: bundledScenarios.map((s) => s.id),
          reason: kept
            ? 'It is not among the scenarios kept in this browser: it may have been deleted (in another tab, too), or made in another browser or profile. See My scenarios in the Edit tab.'
            : 'Your own scenarios are kept only while a tab is open, because this browser does not let the page store data here (private window, or storage disabled). Export your scenarios as files to keep them.',
        },
        search,
      );
      return;
    }
    this.applyLoad(this.storedLoad(doc), search);
  }

  /** What the views show of a stored scenario: its last valid version, or its errors. */
  private storedLoad(doc: OpenDocument): LoadState {
    const { state } = doc;
    const id = LIBRARY_PREFIX + doc.id;
    if (!state.valid)
      return {
        kind: 'invalid',
        id,
        fileName: state.fileName,
        errors: state.errors.map((i) => formatIssue(i, state.fileName)),
      };
    return {
      kind: 'loaded',
      id,
      scenario: state.valid.scenario,
      variants: state.valid.variants,
      warnings: state.warnings.map((i) => formatIssue(i, state.fileName)),
    };
  }

  /** The edited scenario's last valid version changed: the views follow, a moment after typing stops. */
  private onEdited(doc: OpenDocument): void {
    clearTimeout(this.editTimer);
    this.editTimer = window.setTimeout(() => {
      if (this.loadState?.id !== LIBRARY_PREFIX + doc.id || !doc.state.valid) return;
      const current = this.editor.doc;
      if (!current?.state.valid) return;
      this.loadState = this.storedLoad(current);
      try {
        this.rerun();
      } catch (error) {
        // Live injects or tried changes that no longer fit the edited scenario: drop them, keep the edit.
        this.injects = [];
        this.edits = [];
        this.notices = [
          ...this.notices,
          `Your live injects and tried changes were cleared: ${error instanceof Error ? error.message : String(error)}`,
        ];
        this.rerun();
      }
    }, 150);
  }

  /** Makes an editable copy of the scenario shown (bundled, generated or opened) and opens it. */
  private async editCopy(): Promise<void> {
    const s = this.loadState;
    if (s?.kind !== 'loaded') return;
    const bundled = bundledScenarios.find((b) => b.id === s.id);
    const fileName = s.id.replace(/^file:/, '');
    const text =
      bundled?.text ??
      this.openedFiles.get(fileName) ??
      (s.id.startsWith('file:') ? readFile(fileName) : null);
    if (!text) {
      this.notices = [
        ...this.notices,
        'Only bundled scenarios and opened files can be edited here.',
      ];
      return;
    }
    try {
      const doc = await this.editor.createCopy(
        s.scenario.name,
        text,
        bundled
          ? { kind: 'bundled', id: bundled.id }
          : { kind: 'file', name: s.id.replace(/^file:/, '') },
      );
      this.tab = 'edit';
      this.applyLoad(this.storedLoad(doc), null);
      this.tab = 'edit';
      await this.refreshMyScenarios();
    } catch (error) {
      this.notices = [
        ...this.notices,
        `Could not make a copy: ${error instanceof Error ? error.message : String(error)}`,
      ];
    }
  }

  /** The opened file that could not be kept for a reload becomes one of the planner's own. */
  private async keepOpenedFile(): Promise<void> {
    await this.editCopy();
    if (this.loadState && libraryId(this.loadState.id) !== null) this.fileProblem = null;
  }

  /** Opens a stored scenario from the library panel, staying in the editor. */
  private async openFromLibrary(id: string): Promise<void> {
    await this.openStored(id, null);
    this.tab = 'edit';
    await this.refreshMyScenarios();
  }

  /** A stored scenario was renamed, copied, removed or restored in the library panel. */
  private async onLibraryChange(change: CsEventDetails['cs-library-change']): Promise<void> {
    if (change.change === 'renamed') this.editor.renamed(change.id, change.name);
    if (change.change === 'removed' && this.editor.doc?.id === change.id) {
      // The open scenario was deleted (Undo in the panel brings it back): show the bundled one.
      this.editor.doc = null;
      this.choose(DEFAULT_SCENARIO_ID, null);
      this.tab = 'edit';
    }
    await this.refreshMyScenarios();
  }

  /** An exercise of one of the planner's own scenarios ended: it is marked as exercised. */
  private async onExerciseEnded(exercise: string, plans: readonly string[]): Promise<void> {
    const id = this.loadState ? libraryId(this.loadState.id) : null;
    const library = this.editor.library;
    if (id === null || !library) return;
    try {
      await library.saveVersion(id, `exercised: ${exercise}`);
      await library.markExercised(id, `${exercise} (run in the Exercise tab)`, plans);
      this.notices = [
        ...this.notices,
        `Marked as exercised: ${exercise}. The scenario as it was is kept as a version (Edit tab).`,
      ];
    } catch (error) {
      this.notices = [
        ...this.notices,
        `The exercise ended but could not be marked as exercised: ${error instanceof Error ? error.message : String(error)}`,
      ];
    }
  }

  private async refreshMyScenarios(): Promise<void> {
    const list = (await this.editor.library?.list()) ?? [];
    this.myScenarios = list.map((s) => ({ id: LIBRARY_PREFIX + s.id, label: `${s.name} (mine)` }));
  }

  private applyLoad(loaded: LoadState, search: string | null): void {
    this.loadState = loaded;
    // The previous scenario's run is no run of this one, and its budget no budget for it.
    this.run = null;
    this.effect = null;
    this.maxEvents = undefined;
    if (loaded.kind !== 'loaded') {
      this.runner.cancel();
      this.runStatus = { kind: 'idle' };
      this.removeAttribute('simulating');
      return;
    }
    const scenario = loaded.scenario;
    const decoded = decodeViewState(search ?? '', scenario, {
      scenario: loaded.id,
      seed: search === null ? this.seed : '1',
    });
    const s = decoded.state;
    this.seed = s.seed;
    this.serviceId =
      s.service && scenario.services.some((x) => x.id === s.service)
        ? s.service
        : (scenario.services[0]?.id ?? null);
    this.injects = s.injects;
    this.scripted = s.scripted ?? true;
    this.view = s.view;
    this.tab = s.tab;
    this.edits = s.edits.map((edit) => ({ edit, title: describeEdit(edit) }));
    this.replay = s.replay;
    this.undoStack = [];
    this.redoStack = [];
    this.notices = decoded.problems.map((p) => `Link: ${p}`);
    // the guided first run greets a first visit to the app (with at most a scenario chosen), not
    // a shared link to a run
    const greet =
      search !== null && [...new URLSearchParams(search).keys()].every((k) => k === 'scenario');
    this.rerun({
      playhead: search === null ? 0 : s.playhead,
      after: () => {
        if (greet) this.tour.offer(loaded.id);
      },
    });
  }

  /** The scenario the views show: the loaded one with the changes tried on it (kept while they stay the same). */
  private variant: { base: Scenario; edits: readonly unknown[]; scenario: Scenario } | null = null;
  private scenario(): Scenario | null {
    if (this.loadState?.kind !== 'loaded') return null;
    const base = this.loadState.scenario;
    if (this.variant?.base !== base || this.variant.edits !== this.edits)
      this.variant = {
        base,
        edits: this.edits,
        scenario: this.edits.reduce((s, e) => applyEdit(s, e.edit), base),
      };
    return this.variant.scenario;
  }

  private setEdits(next: readonly { edit: ScenarioEdit; title: string }[]): void {
    this.edits = next;
    this.rerun();
  }

  /**
   * Replays a disruption of the BIA on the timeline: its injects at its moment, run as the BIA
   * runs it (`replay`), framing the outage it causes.
   */
  private openDisruption(injects: readonly Inject[], t: number, replay: Bound): void {
    this.replay = replay;
    this.setInjects(injects, () => this.jumps.toOutageFrom(t));
    this.tab = 'timeline';
    this.playback.send({ type: 'SEEK', t });
  }

  /**
   * Opens one seeded run (a Monte Carlo run) on the timeline, framing its first outage, as the
   * study ran it: without any inject when the study left them out (the live ones can be undone
   * back), else with the scripted and live injects.
   */
  private openRun(seed: string, injects: InjectsMode): void {
    this.seed = seed;
    this.tab = 'timeline';
    this.scripted = injects === 'scripted';
    this.replay = null; // a study's run has its random failures
    if (injects === 'none' && this.injects.length > 0) {
      this.undoStack.push(this.injects);
      this.redoStack = [];
      this.injects = [];
    }
    this.rerun({
      after: (run) => {
        if (run.models.get(this.serviceId ?? '')?.outages.length) this.jumps.toOutageFrom(0);
        else {
          this.view = null;
          this.playback.send({ type: 'SEEK', t: 0 });
        }
      },
    });
  }

  private addEdits(edits: readonly ScenarioEdit[], title: string): void {
    this.setEdits([
      ...this.edits,
      ...edits.map((edit, i) => ({ edit, title: i === 0 ? title : describeEdit(edit) })),
    ]);
  }

  /** The variants to compare: the file's, then the user's changes as one more. */
  private namedVariants(): NamedVariant[] {
    if (this.loadState?.kind !== 'loaded') return [];
    const own = this.scenario();
    return [
      ...this.loadState.variants.map((v) => ({
        name: v.name,
        description: v.description,
        scenario: v.scenario,
      })),
      ...(this.edits.length && own
        ? [
            {
              name: 'Your changes',
              description: this.edits.map((e) => e.title).join('; '),
              scenario: own,
            },
          ]
        : []),
    ];
  }

  /**
   * Runs the scenario shown (with the seed, live injects, tried changes and replay) in the
   * simulation worker. Until it answers, the previous run stays on screen, dimmed, with
   * "Simulating…"; a refusal or a failure clears it. `playhead` places the playhead on the new
   * run, `after` follows it. What the scenario shown is, is worked out at once (and throws at
   * once for tried changes that no longer fit).
   */
  private rerun(options: { playhead?: number; after?: (run: Run) => void } = {}): void {
    const scenario = this.scenario();
    const loaded = this.loadState;
    if (!scenario || loaded?.kind !== 'loaded') return;
    const shown = this.scripted ? scenario : studyScenario(scenario, 'none');
    const ran = this.replay === null ? shown : biaConditions(shown, this.replay);
    const request: RunRequest = {
      scenario: ran,
      seed: this.seed,
      injects: this.injects,
      effect: true,
      ...(this.maxEvents !== undefined && { maxEvents: this.maxEvents }),
    };
    const token = ++this.runToken;
    const horizon = ran.horizon;
    this.runStatus = { kind: 'running', t: 0, horizon };
    this.setAttribute('simulating', '');
    const progress = (t: number): void => {
      if (token === this.runToken) this.runStatus = { kind: 'running', t, horizon };
    };
    void this.runner.run(request, progress).then((outcome) => {
      if (token !== this.runToken || outcome.kind === 'superseded') return;
      this.removeAttribute('simulating');
      if (outcome.kind !== 'done') {
        this.run = null;
        this.effect = null;
        this.playback.send({ type: 'PAUSE' });
        this.runStatus =
          outcome.kind === 'refused'
            ? { kind: 'refused', message: outcome.message, refusal: outcome.refusal }
            : outcome.kind === 'error'
              ? { kind: 'error', message: outcome.message }
              : { kind: 'cancelled' };
        return;
      }
      const { fingerprint } = outcome;
      const run = fromData(
        request,
        outcome.data,
        typeof fingerprint === 'string' ? fingerprint : null,
      );
      this.run = run;
      if (typeof fingerprint !== 'string')
        fingerprint.then(
          (print) => this.fingerprinted(run, print),
          () => undefined,
        );
      this.effect = outcome.data.effect;
      this.runStatus = { kind: 'ready' };
      this.playback.send({
        type: 'LOAD',
        horizon: loaded.scenario.horizon,
        eventTimes: run.index.eventTimes,
        ...(options.playhead !== undefined && { playhead: options.playhead }),
      });
      options.after?.(run);
    });
  }

  /** The fingerprint of a run shown without it (the worker's early run's follows its answer). */
  private fingerprinted(run: Run, fingerprint: string): void {
    if (this.run !== run) return;
    this.run = { ...run, fingerprint };
    this.requestUpdate();
  }

  /**
   * The address follows the view at once (pause, seek, inject, zoom, tab); while playing, it
   * follows on pause (Copy link asks for it at the playhead then).
   */
  /** The code of the view about to be shown (loaded once; its element upgrades when it arrives). */
  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('tab') && !changed.has('loadState')) return;
    const s = this.loadState;
    // A stored scenario saved while invalid opens in the editor, whatever the tab.
    const inEditor = s?.kind === 'invalid' && libraryId(s.id) !== null;
    const view: LazyView | 'timeline' =
      this.participantChannel !== null ? 'participant' : inEditor ? 'edit' : this.tab;
    const report = (message: string): void => void (this.notices = [...this.notices, message]);
    openView(view, report);
    if (view === 'montecarlo') this.montecarlo.load(report);
  }

  protected override updated(changed: PropertyValues): void {
    if (this.loadState?.kind !== 'loaded') return;
    if (changed.has('playhead') && this.playback.playing) return;
    this.writeUrl();
  }

  /** The link to the view now, for Copy link: the address, brought up to the playhead. */
  private readonly shareLink = (): string => {
    this.writeUrl();
    this.address.flush();
    return location.href;
  };

  private writeUrl(): void {
    if (this.loadState?.kind !== 'loaded') return;
    const query = encodeViewState(
      {
        scenario: this.loadState.id,
        seed: this.seed,
        service: this.serviceId,
        playhead: this.playback.playhead,
        injects: this.injects,
        view: this.view,
        tab: this.tab,
        edits: this.edits.map((e) => e.edit),
        replay: this.replay,
        scripted: this.scripted,
      },
      this.loadState.scenario,
    );
    this.address.write(query);
  }

  private setInjects(next: readonly Inject[], after?: () => void): void {
    this.undoStack.push(this.injects);
    this.redoStack = [];
    this.injects = next;
    this.rerun(after ? { after } : {});
  }

  private undo(direction: 'undo' | 'redo'): void {
    const [from, to] =
      direction === 'undo' ? [this.undoStack, this.redoStack] : [this.redoStack, this.undoStack];
    const previous = from.pop();
    if (!previous) return;
    to.push(this.injects);
    this.injects = previous;
    this.rerun();
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    const command = keyboardCommand(event);
    if (!command) return;
    event.preventDefault();
    const timeline = this.renderRoot.querySelector('cs-timeline-view');
    if (this.tab === 'exercise') {
      if (command === 'toggle') this.renderRoot.querySelector('cs-exercise-view')?.toggle();
      if (command === 'toggle' || command === 'forward' || command === 'back') return;
    }
    switch (command) {
      case 'toggle':
        return this.playback.send({ type: 'TOGGLE' });
      case 'forward':
        return this.playback.send({ type: 'STEP_FORWARD' });
      case 'back':
        return this.playback.send({ type: 'STEP_BACK' });
      case 'zoom-in':
        return timeline?.zoomBy(2);
      case 'zoom-out':
        return timeline?.zoomBy(0.5);
      case 'undo':
      case 'redo':
        if (this.tab === 'edit' && this.editor.doc) return this.editor[command]();
        return this.undo(command);
    }
  };

  private async onFile(file: File): Promise<void> {
    const name = file.name;
    const id = `file:${name}`;
    this.reading = name;
    let opened: Awaited<ReturnType<typeof openFile>>;
    try {
      opened = await openFile(id, file);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      opened = {
        state: {
          kind: 'invalid',
          id,
          fileName: name,
          errors: [`${name}: could not be read (${why})`],
        },
        text: null,
      };
    } finally {
      this.reading = null;
    }
    const { state: loaded, text } = opened;
    if (loaded.kind !== 'loaded' || text === null) {
      // A bad file never replaces what the user has: show why and keep the current scenario.
      this.openError = { fileName: name, errors: loaded.kind === 'invalid' ? loaded.errors : [] };
      return;
    }
    this.openError = null;
    this.openedFiles.set(name, text);
    this.fileProblem = rememberFile(name, text, storage()).problem;
    performance.mark('cs-scenario-chosen');
    this.applyLoad(loaded, null);
  }

  private async onExport(what: ExportKind): Promise<void> {
    const timeline = this.renderRoot.querySelector('cs-timeline-view');
    if (!this.run || this.runStatus.kind !== 'ready') {
      this.notices = [
        ...this.notices,
        'There is no run to export yet: export it once it is simulated and shown.',
      ];
      return;
    }
    try {
      await exportRun(
        what,
        this.run,
        this.loadState?.kind === 'loaded' ? this.loadState.id : 'scenario',
        timeline?.svgElement() ?? null,
      );
    } catch (error) {
      this.notices = [
        ...this.notices,
        `Export failed: ${error instanceof Error ? error.message : String(error)}`,
      ];
    }
  }

  protected override shouldUpdate(): boolean {
    return !this.firstPaint.holding();
  }

  protected override render(): TemplateResult {
    if (this.participantChannel !== null)
      return html`<cs-exercise-participant
        channel=${this.participantChannel}
      ></cs-exercise-participant>`;
    const loaded = this.loadState;
    const scenarios = [
      ...bundledScenarios.map((s) => ({ id: s.id, label: s.id.replace(/-/g, ' ') })),
      ...this.myScenarios,
    ];
    const services =
      loaded?.kind === 'loaded'
        ? loaded.scenario.services.map((s) => ({ id: s.id, label: s.name }))
        : [];
    return html`<cs-scenario-header
        .scenarios=${scenarios}
        scenario=${loaded?.id ?? ''}
        seed=${this.seed}
        .services=${services}
        service=${this.serviceId ?? ''}
        @cs-scenario-change=${(e: CustomEvent<{ id: string }>) => this.choose(e.detail.id, null)}
        @cs-scenario-file=${(e: CustomEvent<{ file: File }>) => void this.onFile(e.detail.file)}
        @cs-seed-change=${(e: CustomEvent<{ seed: string }>) => {
          this.seed = e.detail.seed;
          this.rerun();
        }}
        @cs-service-change=${(e: CustomEvent<{ id: string }>) => (this.serviceId = e.detail.id)}
        @cs-export=${(e: CustomEvent<{ what: ExportKind }>) => void this.onExport(e.detail.what)}
      ></cs-scenario-header>
      ${this.renderNotices()}
      <main class=${this.tab === 'exercise' ? 'exercise' : ''}>${this.renderBody()}</main>
      ${
        loaded?.kind === 'loaded'
          ? html`<cs-exercise-view
              @cs-exercise-ended=${(e: CustomEvent<{ exercise: string; plans: string[] }>) =>
                void this.onExerciseEnded(e.detail.exercise, e.detail.plans)}
              ?hidden=${this.tab !== 'exercise'}
              .scenario=${this.scenario() ?? loaded.scenario}
              .seed=${this.seed}
            ></cs-exercise-view>`
          : nothing
      }
      <cs-tour
        .steps=${this.tour.steps}
        .index=${this.tour.index}
        ?open=${this.tour.open}
        .targetRect=${this.tour.rect}
        @cs-tour-step=${(e: CustomEvent<{ index: number }>) => void this.tour.show(e.detail.index)}
        @cs-tour-end=${(e: CustomEvent<{ completed: boolean }>) => (this.tour.end(e.detail.completed), this.jumps.tourEnded())}
      ></cs-tour>
      <cs-glossary></cs-glossary>`;
  }

  private renderNotices() {
    const open = this.openError;
    return html`${
      this.fileProblem
        ? html`<section class="problem" role="alert" data-testid="file-problem">
            <p>${this.fileProblem}</p>
            <button type="button" class="primary" @click=${() => void this.keepOpenedFile()}>
              Keep it with my scenarios
            </button>
            <button type="button" @click=${() => (this.fileProblem = null)}>Dismiss</button>
          </section>`
        : nothing
    }
    ${
      this.reading !== null
        ? html`<p class="notice" role="status" data-testid="file-reading">
            Reading ${this.reading}…
          </p>`
        : nothing
    }${
      open
        ? html`<section class="problem" role="alert">
            <h2>Could not open ${open.fileName}; the current scenario is unchanged</h2>
            <ul class="issues">
              ${open.errors.map((line) => html`<li><pre>${line}</pre></li>`)}
            </ul>
            <button type="button" @click=${() => (this.openError = null)}>Dismiss</button>
          </section>`
        : nothing
    }
    ${
      this.notices.length
        ? html`<section class="notice" role="status">
            <ul>
              ${this.notices.map((n) => html`<li>${n}</li>`)}
            </ul>
            <button type="button" @click=${() => (this.notices = [])}>Dismiss</button>
          </section>`
        : nothing
    }`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    const s = this.loadState;
    switch (s?.kind) {
      case undefined:
        return nothing;
      case 'unknown':
        return html`<section class="problem" role="alert" data-testid="scenario-error">
          <h1>Scenario not found</h1>
          <p>
            ${
              s.reason
                ? html`<code>${s.id}</code>: ${s.reason}`
                : html`There is no scenario named <code>${s.id}</code>.`
            }
            Available scenarios:
          </p>
          <ul>
            ${s.available.map((id) => html`<li><a href="?scenario=${id}">${id}</a></li>`)}
          </ul>
        </section>`;
      case 'invalid':
        // A stored scenario saved while invalid opens in the editor, to be fixed there.
        if (libraryId(s.id) !== null && this.editor.doc) return this.renderEditor();
        return html`<section class="problem" role="alert" data-testid="scenario-error">
          <h1>Scenario <code>${s.fileName}</code> could not be loaded</h1>
          <ul class="issues">
            ${s.errors.map((line) => html`<li><pre>${line}</pre></li>`)}
          </ul>
        </section>`;
      case 'loaded':
        return this.renderRun(s.warnings);
    }
  }

  /**
   * The run the edits are measured against: the scenario as it was when opened in the editor,
   * run with the seed and live injects shown now (so a new seed compares like with like).
   */
  private effectBaseline(id: string, run: Run): RunReport | null {
    if (this.editOrigin?.id !== id)
      this.editOrigin = { id, scenario: run.scenario, key: '', report: null };
    const key = `${run.seed}\n${JSON.stringify(run.injects)}`;
    if (this.editOrigin.key !== key) {
      const origin = { ...this.editOrigin, key, report: null };
      this.editOrigin = origin;
      // Made in a worker of its own; the figures beside the editor follow when it answers. A
      // run that cannot be made (live injects naming a component the opened scenario did not
      // have, a budget) leaves nothing to compare.
      void this.baselineRunner
        .run({ scenario: origin.scenario, seed: run.seed, injects: run.injects })
        .then((outcome) => {
          if (this.editOrigin !== origin || outcome.kind !== 'done') return;
          this.editOrigin = { ...origin, report: outcome.data.report };
          this.requestUpdate();
        });
    }
    return this.editOrigin.report;
  }

  /** The editor for a stored scenario; for any other, the offer to edit a copy. */
  private renderEditor(): TemplateResult {
    // beside the editor, only a current run's figures (none while a new one is made)
    const current = this.runStatus.kind === 'ready' ? this.run : null;
    const stored = this.loadState ? libraryId(this.loadState.id) : null;
    if (stored !== null && this.editor.doc?.id === stored)
      return html`<cs-edit-effect
          .now=${current?.report ?? null}
          .was=${current ? this.effectBaseline(stored, current) : null}
        ></cs-edit-effect>
        <cs-editor-view
          .session=${this.editor}
          .revision=${this.editor.revision}
          @cs-library-open=${(e: CustomEvent<{ id: string }>) => void this.openFromLibrary(e.detail.id)}
          @cs-library-change=${(e: CustomEvent<CsEventDetails['cs-library-change']>) => void this.onLibraryChange(e.detail)}
        ></cs-editor-view>`;
    return html`<section class="panel edit-copy" aria-label="Edit a copy">
      <h2>Edit your own copy</h2>
      <p>
        Bundled scenarios stay as they are. Make a copy to edit: it is saved in this browser as you
        type, with versions you can name, compare and restore.
      </p>
      <button class="primary" type="button" @click=${() => void this.editCopy()}>
        Edit a copy of this scenario
      </button>
      <cs-library-panel
        .library=${this.editor.library}
        .current=${''}
        .revision=${this.editor.stored}
        @cs-library-open=${(e: CustomEvent<{ id: string }>) => void this.openFromLibrary(e.detail.id)}
        @cs-library-change=${(e: CustomEvent<CsEventDetails['cs-library-change']>) => void this.onLibraryChange(e.detail)}
      ></cs-library-panel>
    </section>`;
  }

  private renderIntro(
    scenario: Scenario,
    run: Run | null,
    warnings: readonly string[],
  ): TemplateResult {
    const current = run !== null && this.runStatus.kind === 'ready';
    const tab = (id: Tab, label: string) =>
      html`<button
        type="button"
        aria-pressed=${this.tab === id ? 'true' : 'false'}
        @click=${() => (this.tab = id)}
      >
        ${label}
      </button>`;
    return html`<header class="intro">
      <h1>${scenario.name}</h1>
      <p class="description">${scenario.description}</p>
      ${zoneLine(scenario)}
      ${
        current
          ? html`<p class="run-facts">
              Seed <code>${run.seed}</code> · ${run.trace.events.length.toLocaleString('en')} events
              · ${this.injects.length} live
              inject${this.injects.length === 1 ? '' : 's'}${
                run.fingerprint === null
                  ? nothing
                  : html` · run fingerprint
                      <code
                        data-testid="trace-fingerprint"
                        title="Everyone with the same scenario, seed, changes and injects sees this same fingerprint"
                        >${run.fingerprint}</code
                      >`
              }
            </p>`
          : runStatusLine(this.runStatus, {
              cancel: () => this.runner.cancel(),
              retry: (maxEvents) => {
                if (maxEvents !== undefined) this.maxEvents = maxEvents;
                this.rerun();
              },
            })
      }
      ${
        current
          ? effectLine(
              this.effect?.find((e) => e.service === this.serviceId),
              scenario.services.find((x) => x.id === this.serviceId)?.impact.currency ?? 'EUR',
              this.replay,
            )
          : nothing
      }
      ${replayBanner(this.replay, () => {
        this.replay = null;
        this.rerun();
      })}
      ${
        this.edits.length
          ? html`<section class="variant" role="status" aria-label="Variant">
              <strong>Variant</strong> of
              ${this.loadState?.kind === 'loaded' ? this.loadState.scenario.name : ''} with
              ${this.edits.map(
                (e, i) =>
                  html`<span class="edit"
                    >${e.title}
                    <button
                      type="button"
                      aria-label="Undo change ${i + 1}"
                      @click=${() => this.setEdits(this.edits.filter((_, j) => j !== i))}
                    >
                      ×
                    </button></span
                  >`,
              )}
              <button type="button" @click=${() => this.setEdits([])}>Back to the baseline</button>
            </section>`
          : nothing
      }
      ${
        this.scripted
          ? nothing
          : html`<section class="variant" role="status" aria-label="Injects left out">
              <strong>Random failures only:</strong> the scenario's scripted injects are left out of
              this run, as the Monte Carlo study left them out.
              <button type="button" @click=${() => ((this.scripted = true), this.rerun())}>
                Put the scripted injects back
              </button>
            </section>`
      }
      ${
        warnings.length
          ? html`<ul class="issues warnings" aria-label="Warnings">
              ${warnings.map((line) => html`<li><pre>${line}</pre></li>`)}
            </ul>`
          : nothing
      }
      <nav class="tabs" aria-label="Views">
        ${tab('timeline', 'Timeline')} ${tab('bia', 'Business impact analysis')}
        ${tab('montecarlo', 'Monte Carlo')} ${tab('edit', 'Edit')} ${tab('exercise', 'Exercise')}
        ${tab('plan', 'Continuity plan')}
        <span class="teach">
          <button type="button" @click=${() => void this.tour.start()}>Guided tour</button>
          <button
            type="button"
            @click=${() => void this.renderRoot.querySelector('cs-glossary')?.open()}
          >
            Glossary
          </button>
        </span>
      </nav>
    </header>`;
  }

  private renderRun(warnings: readonly string[]): TemplateResult | typeof nothing {
    const serviceId = this.serviceId;
    // the run's scenario may leave the scripted injects out; the other views keep them
    const scenario = this.scenario();
    if (!scenario || !serviceId) return nothing;
    const service = scenario.services.find((x) => x.id === serviceId);
    if (!service) return nothing;
    const run = this.run;
    // Only a current run is "loaded"; one being replaced is shown dimmed, as stale.
    const current = run !== null && this.runStatus.kind === 'ready';
    const testId = current ? 'scenario-loaded' : 'scenario-pending';
    const intro = this.renderIntro(scenario, run, warnings);
    if (this.tab === 'bia')
      return html`<div class="layout single" data-testid=${testId}>
        ${intro}
        <cs-bia-view
          class="bia"
          .scenario=${scenario}
          .service=${serviceId}
          @cs-open-disruption=${(e: CustomEvent<CsEventDetails['cs-open-disruption']>) => this.openDisruption(e.detail.injects, e.detail.t, e.detail.replay)}
          @cs-apply-edit=${(e: CustomEvent<{ edits: readonly ScenarioEdit[]; title: string }>) =>
            this.addEdits(e.detail.edits, e.detail.title)}
        ></cs-bia-view>
      </div>`;
    if (this.tab === 'plan')
      return html`<div class="layout single" data-testid=${testId}>
        ${intro}
        <cs-plan-view
          .scenario=${scenario}
          .service=${serviceId}
          .library=${this.editor.library}
          .storedId=${this.loadState ? libraryId(this.loadState.id) : null}
        ></cs-plan-view>
      </div>`;
    if (this.tab === 'edit')
      return html`<div class="layout single" data-testid=${testId}>
        ${intro} ${this.renderEditor()}
      </div>`;
    // the exercise view itself stays mounted below, so an exercise runs on behind other tabs
    if (this.tab === 'exercise')
      return html`<div class="layout single" data-testid=${testId}>${intro}</div>`;
    if (this.tab === 'montecarlo')
      return html`<div class="layout single" data-testid=${testId}>
        ${intro}
        <cs-montecarlo-view
          .session=${this.montecarlo.session}
          .revision=${this.montecarlo.revision}
          .baseline=${this.loadState?.kind === 'loaded' ? this.loadState.scenario : null}
          .scenario=${scenario}
          .label=${this.edits.length ? 'with your changes' : ''}
          .variants=${this.namedVariants()}
          .service=${serviceId}
          .seed=${this.seed.replace(/:run:\d+$/, '')}
          .liveInjects=${this.injects}
          @cs-open-run=${(e: CustomEvent<CsEventDetails['cs-open-run']>) => this.openRun(e.detail.seed, e.detail.injects)}
          @cs-apply-edit=${(e: CustomEvent<{ edits: readonly ScenarioEdit[]; title: string }>) =>
            this.addEdits(e.detail.edits, e.detail.title)}
        ></cs-montecarlo-view>
      </div>`;
    if (!run) return html`<div class="layout single" data-testid=${testId}>${intro}</div>`;
    const model = run.models.get(serviceId)!;
    const report = run.report.services.find((x) => x.service === serviceId)!;
    const playhead = this.playhead;
    const states = new Map(run.index.componentStatesAt(playhead).map((c) => [c.id, c]));
    const standbyRoles = run.index.standbyRolesAt(playhead);
    return html`<div
      class="layout ${current ? '' : 'stale'}"
      data-testid=${testId}
      aria-busy=${current ? 'false' : 'true'}
    >
      ${intro}
      <cs-playback-bar
        class="playback"
        ?playing=${this.playback.playing}
        .playhead=${playhead}
        .horizon=${scenario.horizon}
        .clock=${scenario}
        .speed=${this.playback.speed}
        .speeds=${SPEEDS}
        .eventTimes=${run.index.eventTimes}
        @cs-play-toggle=${() => this.playback.send({ type: 'TOGGLE' })}
        @cs-step=${(e: CustomEvent<{ direction: 1 | -1 }>) => this.playback.send({ type: e.detail.direction > 0 ? 'STEP_FORWARD' : 'STEP_BACK' })}
        @cs-speed-change=${(e: CustomEvent<{ speed: number }>) => this.playback.send({ type: 'SET_SPEED', speed: e.detail.speed })}
        @cs-seek=${(e: CustomEvent<{ t: number }>) => this.playback.send({ type: 'SEEK', t: e.detail.t })}
        ><cs-copy-link .link=${this.shareLink}></cs-copy-link
      ></cs-playback-bar>
      <cs-timeline-view
        class="timeline"
        .model=${model}
        .playhead=${playhead}
        .view=${this.view}
        seekable
        .eventTimes=${run.index.eventTimes}
        @cs-view-change=${(e: CustomEvent<{ from: number; to: number }>) => (this.view = e.detail)}
        @cs-seek=${(e: CustomEvent<{ t: number }>) => this.playback.send({ type: 'SEEK', t: e.detail.t })}
      ></cs-timeline-view>
      <cs-topology-view
        class="topology"
        .topology=${service.requires}
        .states=${states}
        .standby=${standbyRoles}
        .heading=${`${service.name} at the playhead`}
      ></cs-topology-view>
      <aside class="side">
        <cs-metrics-panel
          .report=${report}
          .now=${run.index.serviceAt(serviceId, playhead)}
          .fullCapacity=${model.service.fullCapacity}
          .outageStarts=${model.outages.map((o) => o.start)}
          .clock=${scenario}
          @cs-seek=${(e: CustomEvent<{ t: number }>) => this.jumps.toMoment(e.detail.t)}
        ></cs-metrics-panel>
        <cs-inject-form
          .components=${scenario.components.map((c) => ({ id: c.id, name: c.name }))}
          .service=${serviceId}
          .playhead=${playhead}
          .clock=${scenario}
          .injects=${this.injects}
          @cs-inject-add=${(e: CustomEvent<{ inject: Inject }>) => this.setInjects([...this.injects, e.detail.inject])}
          @cs-inject-remove=${(e: CustomEvent<{ index: number }>) => this.setInjects(this.injects.filter((_, i) => i !== e.detail.index))}
        ></cs-inject-form>
      </aside>
      <cs-event-log
        class="log"
        .entries=${run.log}
        .playhead=${playhead}
        .clock=${scenario}
        @cs-seek=${(e: CustomEvent<{ t: number }>) => this.jumps.toMoment(e.detail.t)}
      ></cs-event-log>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-app': CsApp;
  }
}
