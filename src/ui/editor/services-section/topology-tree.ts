/**
 * The `requires` structure as a tree a person can edit: "All of these, in series", "At least
 * [k] of these n" (k editable), "One active, one standby" (switch-over and failback editable,
 * roles swappable), components by name; every node but the root removable.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { typed } from '../typed-value.ts';
import { atLeastBounds, type Failback, type NodePath, type TreeNode } from './topology-edit.ts';

export interface TreeActions {
  /** Component names by id (ids not in the map are not components of the scenario). */
  readonly names: ReadonlyMap<string, string>;
  readonly remove: (path: NodePath, what: string) => void;
  readonly setAtLeast: (path: NodePath, k: number) => void;
  readonly setStandby: (
    path: NodePath,
    change: { switchover?: string; failback?: Failback; swap?: boolean },
  ) => void;
}

/** A short description of a node, for labels: "Load balancer pair", "1 of 2 group", "series". */
export function describeNode(node: TreeNode, names: ReadonlyMap<string, string>): string {
  switch (node.kind) {
    case 'component':
      return names.get(node.id) ?? node.id;
    case 'series':
      return `the series of ${node.of.length}`;
    case 'group':
      return `the group needing ${node.atLeast} of ${node.of.length}`;
    case 'standby':
      return `the standby pair ${describeNode(node.of[0], names)} / ${describeNode(node.of[1], names)}`;
    case 'other':
      return 'the unrecognised entry';
  }
}

export function topologyTree(root: TreeNode | null, actions: TreeActions): TemplateResult {
  if (root === null)
    return html`<p class="muted">
      Requires nothing yet: select components and put them in series or in a group.
    </p>`;
  return html`<ul class="tree" aria-label="What the service requires">
    ${treeNode(root, [], actions)}
  </ul>`;
}

function treeNode(node: TreeNode, path: NodePath, actions: TreeActions): TemplateResult {
  const remove =
    path.length === 0
      ? nothing
      : html`<button
          type="button"
          class="small remove"
          aria-label=${`Remove ${describeNode(node, actions.names)}`}
          @click=${() => actions.remove(path, describeNode(node, actions.names))}
        >
          Remove
        </button>`;
  const children = (of: readonly TreeNode[]) =>
    html`<ul>
      ${of.map((child, i) => treeNode(child, [...path, i], actions))}
    </ul>`;
  switch (node.kind) {
    case 'component': {
      const name = actions.names.get(node.id);
      return html`<li class="component">
        <span class="node">
          ${name ?? html`<span class="unknown">not a component</span>`}
          <code>${node.id}</code>
        </span>
        ${remove}
      </li>`;
    }
    case 'series':
      return html`<li class="series">
        <span class="node"><strong>All of these,</strong> in series</span> ${remove}
        ${children(node.of)}
      </li>`;
    case 'group': {
      const { min, max } = atLeastBounds(node.of.length);
      return html`<li class="group">
        <span class="node">
          <strong>At least</strong>
          <input
            type="number"
            class="k"
            min=${min}
            max=${max}
            step="1"
            aria-label=${`How many of these ${node.of.length} must work`}
            .value=${typed(String(node.atLeast))}
            @change=${(e: Event) =>
              actions.setAtLeast(path, Number((e.target as HTMLInputElement).value))}
          />
          <strong>of these ${node.of.length}</strong>
        </span>
        ${remove} ${children(node.of)}
      </li>`;
    }
    case 'standby': {
      const what = describeNode(node, actions.names);
      const switchover = typeof node.switchover === 'string' ? node.switchover : '';
      const role = (i: 0 | 1) =>
        html`<li class="role">
          <span class="role-name">${i === 0 ? 'active' : 'standby'}</span>
          <ul>
            ${treeNode(node.of[i], [...path, i], actions)}
          </ul>
        </li>`;
      return html`<li class="standby">
        <span class="node">
          <strong>One active, one standby:</strong>
          <label>
            switch-over
            <input
              type="text"
              class="switchover"
              size="8"
              aria-label=${`Switch-over time of ${what}`}
              placeholder="10m-20m"
              .value=${typed(switchover)}
              @change=${(e: Event) =>
                actions.setStandby(path, {
                  switchover: (e.target as HTMLInputElement).value.trim(),
                })}
            />
          </label>
          <label>
            then
            <select
              class="failback"
              aria-label=${`Failback of ${what}`}
              .value=${typed(node.failback ?? 'stay')}
              @change=${(e: Event) =>
                actions.setStandby(path, {
                  failback: (e.target as HTMLSelectElement).value as Failback,
                })}
            >
              <option value="stay">stay on the standby</option>
              <option value="return">switch back</option>
            </select>
          </label>
          <button
            type="button"
            class="small swap"
            aria-label=${`Swap active and standby of ${what}`}
            @click=${() => actions.setStandby(path, { swap: true })}
          >
            Swap
          </button>
        </span>
        ${remove}
        <ul>
          ${role(0)} ${role(1)}
        </ul>
      </li>`;
    }
    case 'other':
      return html`<li class="other">
        <span class="node unknown">Not understood: <code>${JSON.stringify(node.raw)}</code></span>
        ${remove}
      </li>`;
  }
}
