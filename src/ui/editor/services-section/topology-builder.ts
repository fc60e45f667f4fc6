/**
 * The topology builder: the service's `requires` tree, the scenario's components to select,
 * "Put in series", "Make a group: at least [k] of the selected" and "Make an active/standby
 * pair" (two selected, the first ticked in the list active), and the drawing of the last
 * valid topology. Every change writes the whole `requires` back in one edit.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { typed } from '../typed-value.ts';
import type { Scenario } from '../../../core/model.ts';
import type { NodeState } from '../../../charts/topology.ts';
import {
  fieldId,
  issueList,
  issuesAt,
  listAt,
  textOf,
  valueAt,
} from '../calendar-section/form-field.ts';
import { servicePath, type ServiceContext } from './service-context.ts';
import {
  atLeastBounds,
  combine,
  componentIds,
  DEFAULT_SWITCHOVER,
  parseRequires,
  removeNode,
  setAtLeast,
  setStandby,
  toFileForm,
  type TreeNode,
} from './topology-edit.ts';
import { topologyTree } from './topology-tree.ts';

export interface Selection {
  /** Selected component ids. */
  readonly ids: ReadonlySet<string>;
  /** k for "Make a group". */
  readonly k: number;
  readonly change: (ids: ReadonlySet<string>, k: number) => void;
}

/** The scenario's components as `[id, name]` (defensive: malformed entries are skipped). */
export function componentsOf(data: unknown): [string, string][] {
  return listAt(data, ['components'])
    .map((c): [string, string] => [textOf(valueAt(c, ['id'])), textOf(valueAt(c, ['name']))])
    .filter(([id]) => id !== '')
    .map(([id, name]) => [id, name || id]);
}

export function topologyBuilder(
  ctx: ServiceContext,
  selection: Selection,
  scenario: Scenario | null,
  stale: boolean,
) {
  const path = servicePath(ctx, 'requires');
  const root = parseRequires(valueAt(ctx.data, path));
  const components = componentsOf(ctx.data);
  const names = new Map(components);
  const used = new Set(componentIds(root));
  const chosen = components.map(([id]) => id).filter((id) => selection.ids.has(id));
  const { max } = atLeastBounds(chosen.length);
  const k = Math.min(Math.max(1, selection.k), max);
  const write = (next: TreeNode | null, label: string) => {
    ctx.edit(
      [{ op: 'set', path, value: next === null ? undefined : toFileForm(next) }],
      `${label} (${ctx.name})`,
    );
  };
  const combineSelected = (how: 'series' | 'group' | 'standby') => {
    write(
      combine(
        root,
        chosen,
        how === 'series'
          ? { kind: 'series' }
          : how === 'group'
            ? { kind: 'group', atLeast: k }
            : { kind: 'standby', switchover: DEFAULT_SWITCHOVER },
      ),
      how === 'series'
        ? `Put ${chosen.join(', ')} in series`
        : how === 'group'
          ? `Group ${chosen.join(', ')}: at least ${k}`
          : `Make ${chosen[0] ?? ''} active with ${chosen[1] ?? ''} as its standby`,
    );
    selection.change(new Set(), 1);
  };
  const service = scenario?.services.find(
    (s) => s.id === textOf(valueAt(ctx.data, servicePath(ctx, 'id'))),
  );
  const states = new Map<string, NodeState>(
    (scenario?.components ?? []).map((c) => [
      c.id,
      { state: 'operational', capacityShare: 1, name: c.name },
    ]),
  );
  return html`<fieldset>
    <legend>Topology: what the service requires</legend>
    <div class="builder">
      <div class="structure">
        <h4 class="sub">Structure</h4>
        ${topologyTree(root, {
          names,
          remove: (at, what) => write(removeNode(root, at), `Remove ${what} from the topology`),
          setAtLeast: (at, n) => {
            if (Number.isFinite(n)) write(setAtLeast(root, at, n), 'Change how many are needed');
          },
          setStandby: (at, change) =>
            write(
              setStandby(root, at, change),
              change.swap === true
                ? 'Swap active and standby'
                : change.failback !== undefined
                  ? 'Change the failback'
                  : 'Change the switch-over time',
            ),
        })}
        ${issueList(fieldId(path), issuesAt(ctx.issues, path, true))}
      </div>
      <div class="picker">
        <h4 class="sub">Components</h4>
        <ul class="checks" aria-label="Components to combine">
          ${components.map(
            ([id, name]) =>
              html`<li>
                <label>
                  <input
                    type="checkbox"
                    .checked=${live(selection.ids.has(id))}
                    @change=${(e: Event) => {
                      const ids = new Set(selection.ids);
                      if ((e.target as HTMLInputElement).checked) ids.add(id);
                      else ids.delete(id);
                      selection.change(ids, selection.k);
                    }}
                  />
                  ${name} <code>${id}</code>
                  ${used.has(id) ? html`<span class="used">in use</span>` : nothing}
                </label>
              </li>`,
          )}
        </ul>
        ${
          components.length === 0
            ? html`<p class="muted">The scenario has no components yet.</p>`
            : nothing
        }
        <div class="actions">
          <button
            type="button"
            ?disabled=${chosen.length === 0}
            @click=${() => combineSelected('series')}
          >
            Put in series
          </button>
          <span class="group-action">
            <button
              type="button"
              ?disabled=${chosen.length < 2}
              aria-label=${`Make a group: at least ${k} of the ${chosen.length} selected`}
              @click=${() => combineSelected('group')}
            >
              Make a group
            </button>
            <label>
              at least
              <input
                type="number"
                class="k"
                min="1"
                max=${max}
                step="1"
                .value=${typed(String(k))}
                ?disabled=${chosen.length < 2}
                @change=${(e: Event) =>
                  selection.change(
                    selection.ids,
                    Number((e.target as HTMLInputElement).value) || 1,
                  )}
              />
              of the ${chosen.length} selected
            </label>
          </span>
          <button
            type="button"
            ?disabled=${chosen.length !== 2}
            aria-label=${
              chosen.length === 2
                ? `Make an active/standby pair: ${names.get(chosen[0]!) ?? chosen[0]} active, ${names.get(chosen[1]!) ?? chosen[1]} standby`
                : 'Make an active/standby pair (select two components)'
            }
            @click=${() => combineSelected('standby')}
          >
            Make an active/standby pair
          </button>
        </div>
        <p class="muted">
          Components already in the structure move; new ones join the main series. In a pair, the
          first in the list is active and the second takes over after a switch-over
          (${DEFAULT_SWITCHOVER} until you change it).
        </p>
      </div>
    </div>
    ${
      service
        ? html`${
              stale
                ? html`<p class="muted stale">
                    The drawing shows the last valid version of the file; fix the issues to update
                    it.
                  </p>`
                : nothing
            }
            <cs-topology-view
              .topology=${service.requires}
              .states=${states}
              .heading=${`Topology of ${service.name}`}
            ></cs-topology-view>`
        : nothing
    }
  </fieldset>`;
}
