/** What each part of a service's form gets: the file's data and issues, the service's place in it, and a way to edit. */
import type { ScenarioIssue } from '../../../scenario/issues.ts';
import type { DocEdit, DocPath } from '../doc-edit.ts';

export interface ServiceContext {
  readonly data: unknown;
  readonly issues: readonly ScenarioIssue[];
  /** The service's index in `services`. */
  readonly index: number;
  /** The service's name (or id) for edit labels: "RTO of Money transfer". */
  readonly name: string;
  readonly edit: (edits: readonly DocEdit[], label: string) => void;
}

/** The path of something in the service: `['services', 0, ...rest]`. */
export const servicePath = (ctx: ServiceContext, ...rest: (string | number)[]): DocPath => [
  'services',
  ctx.index,
  ...rest,
];

/** A commit that sets the value at `path` with the label "<what> of <service>". */
export const setter =
  (ctx: ServiceContext, path: DocPath, what: string) =>
  (value: unknown): void =>
    ctx.edit([{ op: 'set', path, value }], `${what} of ${ctx.name}`);
