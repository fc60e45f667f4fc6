import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Scenario } from '../../../core/model.ts';
import type { ScenarioIssue } from '../../../scenario/issues.ts';
import { csEvent } from '../../events.ts';
import { controlStyles, panelStyles } from '../../shared.styles.ts';
import type { DocEdit } from '../doc-edit.ts';
import type { Choice } from './select-fields.ts';
import { componentCard } from './component-card.ts';
import { componentsSectionStyles } from './components-section.styles.ts';
import { fieldStyles } from './field.styles.ts';
import { issueList } from './fields.ts';
import type { RenameDraft } from './id-row.ts';
import { listIssues } from './issue-slots.ts';
import { asRecord, componentId, componentName, componentsOf, freshComponentId } from './read.ts';
import { blockingReferences, findComponentReferences } from './references.ts';
import { checkNewId, renameComponentEdits } from './rename.ts';
import { planChoices } from './summary.ts';

const keyOf = (component: unknown, index: number) => componentId(component) || `#${index}`;

/**
 * The components of the scenario file as a form: one card per component, collapsed to a
 * summary row, expanded to edit its name, kind, capacity, failure model, detection, overload,
 * recovery plan, dependencies and data protection. Adds components, removes them (refused
 * while anything refers to the component, saying where) and renames ids together with every
 * reference.
 *
 * The file is the source of truth: the section keeps no copy of the scenario, it shows `data`
 * and fires edits; each input commits on `change` as one `cs-doc-edit`.
 *
 * @fires cs-doc-edit - edits of the file's data with a label ("Capacity of App server 1")
 */
export class CsComponentsSection extends LitElement {
  static override styles = [controlStyles, panelStyles, fieldStyles, componentsSectionStyles];

  /** The whole file as plain data; may be malformed while the person types. */
  @property({ attribute: false }) data: unknown = null;
  /** The last valid resolved scenario (its plans are offered when `plans` cannot be read). */
  @property({ attribute: false }) scenario: Scenario | null = null;
  /** The file's issues; each shows next to its field (`components[1].capacity`). */
  @property({ attribute: false }) issues: readonly ScenarioIssue[] = [];

  /** Keys (ids) of the expanded cards. */
  @state() private open: ReadonlySet<string> = new Set();
  @state() private renaming: (RenameDraft & { index: number }) | null = null;
  @state() private refusal: { index: number; message: string; where: string[] } | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('data')) return;
    if (this.renaming !== null && this.renaming.index >= componentsOf(this.data).length)
      this.renaming = null;
    this.refusal = null;
  }

  private emit(edits: DocEdit[], label: string): void {
    if (edits.length > 0) this.dispatchEvent(csEvent('cs-doc-edit', { edits, label }));
  }

  private toggle(key: string): void {
    const open = new Set(this.open);
    if (!open.delete(key)) open.add(key);
    this.open = open;
  }

  private addComponent(): void {
    const id = freshComponentId(this.data);
    const index = componentsOf(this.data).length;
    const value = { id, name: 'New component', kind: 'server' };
    this.open = new Set([...this.open, id]);
    this.emit([{ op: 'insert', path: ['components'], index, value }], 'Add component');
  }

  private removeComponent(index: number): void {
    const component = componentsOf(this.data)[index];
    const name = componentName(component, index);
    const refs = blockingReferences(this.data, index, componentId(component));
    if (refs.length > 0) {
      this.refusal = {
        index,
        message: `${name} cannot be removed while other parts of the file refer to it. Remove these references first:`,
        where: refs.map((r) => r.where),
      };
      return;
    }
    this.refusal = null;
    this.emit([{ op: 'delete', path: ['components', index] }], `Remove component ${name}`);
  }

  private applyRename(): void {
    const draft = this.renaming;
    if (draft === null) return;
    const newId = draft.text.trim();
    const error = checkNewId(this.data, draft.index, newId);
    if (error !== null) {
      this.renaming = { ...draft, error };
      return;
    }
    const component = componentsOf(this.data)[draft.index];
    const oldId = componentId(component);
    const name = componentName(component, draft.index);
    this.renaming = null;
    if (this.open.has(oldId)) this.open = new Set([...this.open, newId]);
    this.emit(
      renameComponentEdits(this.data, draft.index, newId),
      oldId === '' ? `Id of ${name}` : `Rename ${name} from ${oldId} to ${newId}`,
    );
  }

  private card(
    component: unknown,
    index: number,
    plans: readonly Choice[],
    all: readonly Choice[],
  ) {
    const key = keyOf(component, index);
    const id = componentId(component);
    return componentCard(
      {
        component,
        index,
        expanded: this.open.has(key),
        issues: this.issues,
        plans,
        all,
        draft: this.renaming?.index === index ? this.renaming : null,
        usedIn: () => findComponentReferences(this.data, id).map((r) => r.where),
        refusal: this.refusal?.index === index ? this.refusal : null,
      },
      {
        toggle: () => this.toggle(key),
        edit: (edits, label) => this.emit(edits, label),
        startRename: () => (this.renaming = { index, text: id, error: null }),
        inputRename: (text) => (this.renaming = { index, text, error: null }),
        applyRename: () => this.applyRename(),
        cancelRename: () => (this.renaming = null),
        remove: () => this.removeComponent(index),
      },
    );
  }

  protected override render() {
    const components = componentsOf(this.data);
    const raw = asRecord(this.data)?.['components'];
    const canAdd = raw === undefined || raw === null || Array.isArray(raw);
    const plans = planChoices(this.data, this.scenario);
    const all = components.map((c, i) => ({ id: componentId(c), name: componentName(c, i) }));
    const count = `${components.length} component${components.length === 1 ? '' : 's'}`;
    return html`<section class="panel" aria-labelledby="components-title">
      <header>
        <h2 id="components-title">Components</h2>
        <span class="count">${count}</span>
        <button type="button" ?disabled=${!canAdd} @click=${() => this.addComponent()}>
          Add component
        </button>
      </header>
      ${issueList('components-issues', listIssues(this.issues))}
      ${
        components.length === 0
          ? html`<p class="note">
              No components yet: add the servers, databases, links and people the services run on.
            </p>`
          : html`<ol class="cards">
              ${components.map((c, i) => this.card(c, i, plans, all))}
            </ol>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-components-section': CsComponentsSection;
  }
}
