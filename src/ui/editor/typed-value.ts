/**
 * `typed(value)`: binds an input's `.value` like Lit's `live()` (the input shows the file's
 * value, even after the person typed something else), except that an input the person is
 * typing in keeps what they typed while the file's value stays the same. A form section
 * re-renders for reasons of its own (its width changes as an input grows, a Gantt step is
 * selected, a run finishes); with `live()` each of those put the file's value back into the
 * focused input and lost the person's typing before they committed it.
 */
import { noChange } from 'lit';
import {
  directive,
  Directive,
  PartType,
  type ElementPart,
  type PartInfo,
  type PropertyPart,
} from 'lit/directive.js';
import { setCommittedValue } from 'lit/directive-helpers.js';

class TypedValue extends Directive {
  private bound: { value: unknown } | null = null;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.PROPERTY)
      throw new Error('typed() binds a property: .value=${typed(value)}');
  }

  render(value: unknown): unknown {
    return value;
  }

  override update(part: PropertyPart | ElementPart, [value]: [unknown]): unknown {
    const el = part.element as HTMLInputElement;
    const root = el.getRootNode() as Document | ShadowRoot;
    const typing = root.activeElement === el && this.bound !== null && this.bound.value === value;
    this.bound = { value };
    if (typing) return noChange;
    const name = (part as PropertyPart).name as 'value';
    if (el[name] === value) return noChange;
    // As live() does: the part's last value may equal this one while the input shows another.
    setCommittedValue(part);
    return value;
  }
}

export const typed = directive(TypedValue);
